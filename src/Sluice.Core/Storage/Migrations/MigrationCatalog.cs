using System.Reflection;
using FluentMigrator;

namespace Sluice.Core.Storage.Migrations;

/// <summary>The migrations this build ships, read once from their attributes.</summary>
public static class MigrationCatalog
{
    /// <summary>Every migration class, listed rather than found by scanning the assembly (a
    /// scan loads every type of Sluice.Core at start-up); a test checks the list is complete.</summary>
    public static IReadOnlyList<Type> Types { get; } =
    [
        typeof(M0001AuthTables), typeof(M0002GatewayDefinitions), typeof(M0003ClientsAndGroups), typeof(M0004AccessLogs),
        typeof(M0005AuditLog), typeof(M0006Roles), typeof(M0007AccessLogOverviewIndex), typeof(M0008VersionCountersAndTests),
        typeof(M0009ApiVersionResultColumns), typeof(M0010DatasourceHealth), typeof(M0011MacroLanguage),
    ];

    /// <summary>Every shipped migration, oldest first.</summary>
    public static IReadOnlyList<MigrationStep> All { get; } = Types
        .Select(type => type.GetCustomAttribute<MigrationAttribute>()!)
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
