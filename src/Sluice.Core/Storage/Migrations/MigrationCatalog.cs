using System.Reflection;
using FluentMigrator;

namespace Sluice.Core.Storage.Migrations;

/// <summary>The migrations this build ships, read once from their attributes.</summary>
public static class MigrationCatalog
{
    /// <summary>Every shipped migration, oldest first.</summary>
    public static IReadOnlyList<MigrationStep> All { get; } = typeof(MigrationCatalog).Assembly.GetTypes()
        .Select(type => type.GetCustomAttribute<MigrationAttribute>())
        .OfType<MigrationAttribute>()
        .Select(attribute => new MigrationStep(attribute.Version, attribute.Description ?? ""))
        .OrderBy(step => step.Version)
        .ToArray();

    /// <summary>The newest shipped version.</summary>
    public static long Head => All[^1].Version;

    /// <summary>Compares applied versions against the shipped ones.</summary>
    public static MigrationStatus Compare(IReadOnlyCollection<long> appliedVersions)
    {
        ArgumentNullException.ThrowIfNull(appliedVersions);
        var applied = new HashSet<long>(appliedVersions);
        return new MigrationStatus(
            applied.Count == 0 ? 0 : applied.Max(),
            Head,
            All.Where(step => applied.Contains(step.Version)).ToArray(),
            All.Where(step => !applied.Contains(step.Version)).ToArray(),
            applied.Where(version => All.All(step => step.Version != version)).Order().ToArray());
    }
}
