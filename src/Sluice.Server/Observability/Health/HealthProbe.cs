using System.Data.Common;
using System.Net.Sockets;
using Dapper;
using Sluice.Core.Settings;
using Sluice.Core.Storage;
using Sluice.Core.Storage.Migrations;

namespace Sluice.Server.Observability.Health;

/// <summary>Checks each component the server depends on and names those that fail.</summary>
internal sealed class HealthProbe(MetadataDb db, SluiceSettings settings, RedisConnection redis)
{
    public const string MigrationsNotAtHead = "migrations_not_at_head";
    public const string Redis = "redis";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    /// <summary>The failing components; empty when healthy.</summary>
    public async Task<IReadOnlyList<string>> FailingComponentsAsync(CancellationToken cancellationToken)
    {
        var store = CheckMetadataAsync(cancellationToken);
        var cache = settings.Redis is null ? Task.FromResult<string?>(null) : CheckRedisAsync(cancellationToken);
        var results = await Task.WhenAll(store, cache);
        return results.SelectMany(failures => failures?.Split(',') ?? []).ToArray();
    }

    private async Task<string?> CheckMetadataAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        List<long> applied;
        try
        {
            await using var connection = await db.OpenAsync(timeout.Token);
            applied = (await connection.QueryAsync<long>(new CommandDefinition(
                $"SELECT version FROM {VersionTable.Name}", cancellationToken: timeout.Token))).ToList();
        }
        catch (DbException exception) when (MetadataDb.IsUndefinedTable(exception))
        {
            // Reachable, but nothing was ever migrated.
            return MigrationsNotAtHead;
        }
        catch (Exception exception) when (exception is DbException or OperationCanceledException or TimeoutException or SocketException)
        {
            return db.Config.ComponentName;
        }
        return MigrationCatalog.Compare(applied).AtHead ? null : MigrationsNotAtHead;
    }

    private async Task<string?> CheckRedisAsync(CancellationToken cancellationToken) =>
        await redis.PingAsync(Timeout, cancellationToken) ? null : Redis;
}
