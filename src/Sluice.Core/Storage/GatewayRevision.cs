using System.Data.Common;
using Dapper;

namespace Sluice.Core.Storage;

/// <summary>A counter bumped in the same transaction as every change the gateway depends on,
/// so any node can tell cheaply whether its snapshot is stale.</summary>
public static class GatewayRevision
{
    /// <summary>Bumps the revision inside <paramref name="transaction"/>.</summary>
    public static Task BumpAsync(DbConnection connection, DbTransaction transaction, DateTimeOffset now, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            "UPDATE gateway_state SET revision = revision + 1, updated_at = @now WHERE id = 1",
            new { now }, transaction, cancellationToken: cancellationToken));

    /// <summary>The current revision.</summary>
    public static async Task<long> ReadAsync(MetadataDb db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT revision FROM gateway_state WHERE id = 1", cancellationToken: cancellationToken));
    }
}
