using System.Data.Common;
using Dapper;

namespace Sluice.Core.Storage.Migrations;

/// <summary>Reads where the metadata store stands with one query, without building the
/// migration runner: start-up and the readiness check ask this every time, and the runner
/// (a service container and a scan of the migrations) is needed only when something is
/// pending.</summary>
public static class AppliedMigrations
{
    /// <summary>The store's status against the shipped migrations; a store that was never
    /// migrated has none applied.</summary>
    public static async Task<MigrationStatus> ReadAsync(MetadataDb db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await using var connection = await db.OpenAsync(cancellationToken);
        try
        {
            var applied = await connection.QueryAsync<long>(new CommandDefinition(
                $"SELECT version FROM {VersionTable.Name}", cancellationToken: cancellationToken));
            return MigrationCatalog.Compare(applied.ToArray());
        }
        catch (DbException exception) when (MetadataDb.IsUndefinedTable(exception))
        {
            return MigrationCatalog.Compare([]);
        }
    }
}
