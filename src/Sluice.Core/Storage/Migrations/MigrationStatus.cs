namespace Sluice.Core.Storage.Migrations;

/// <summary>Where a metadata store stands against the migrations this build ships.</summary>
/// <param name="Current">The highest applied version, 0 when none.</param>
/// <param name="Head">The newest shipped version.</param>
/// <param name="Applied">Applied migrations that this build knows.</param>
/// <param name="Pending">Shipped migrations not yet applied.</param>
/// <param name="Unknown">Applied versions this build does not know (a newer build ran).</param>
public sealed record MigrationStatus(long Current, long Head, IReadOnlyList<MigrationStep> Applied,
    IReadOnlyList<MigrationStep> Pending, IReadOnlyList<long> Unknown)
{
    /// <summary>True when every shipped migration is applied.</summary>
    public bool AtHead => Pending.Count == 0;
}
