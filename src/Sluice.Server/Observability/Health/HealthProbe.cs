using System.Data.Common;
using System.Net.Sockets;
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
        try
        {
            // A store that was never migrated is reachable but not at head.
            return (await AppliedMigrations.ReadAsync(db, timeout.Token)).AtHead ? null : MigrationsNotAtHead;
        }
        catch (Exception exception) when (exception is DbException or OperationCanceledException or TimeoutException or SocketException)
        {
            return db.Config.ComponentName;
        }
    }

    private async Task<string?> CheckRedisAsync(CancellationToken cancellationToken) =>
        await redis.PingAsync(Timeout, cancellationToken) ? null : Redis;
}
