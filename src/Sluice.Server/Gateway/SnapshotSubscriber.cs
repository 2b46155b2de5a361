using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Sluice.Server.Observability.Health;
using StackExchange.Redis;

namespace Sluice.Server.Gateway;

/// <summary>Listens for revision announcements from other nodes and refreshes this node's
/// snapshot. Keeps trying to subscribe while Redis is unreachable; once subscribed, the
/// multiplexer resubscribes by itself after reconnects.</summary>
internal sealed class SnapshotSubscriber(RedisConnection redis, GatewaySnapshots snapshots, ILogger<SnapshotSubscriber> logger) : BackgroundService
{
    private static readonly TimeSpan Retry = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!redis.IsConfigured)
        {
            return;
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var subscriber = await redis.GetSubscriberAsync(Retry, stoppingToken);
                await subscriber.SubscribeAsync(SnapshotAnnouncer.Channel, (_, _) => _ = RefreshAsync(stoppingToken));
                return;
            }
            catch (Exception exception) when (exception is RedisException or TimeoutException)
            {
                Log.SubscribeFailed(logger, exception);
                await Task.Delay(Retry, stoppingToken);
            }
        }
    }

    private async Task RefreshAsync(CancellationToken cancellationToken)
    {
        try
        {
            await snapshots.RefreshAsync(cancellationToken, announce: false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Log.RefreshFailed(logger, exception, snapshots.Current.Revision);
        }
    }
}
