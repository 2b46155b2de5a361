using System.Globalization;
using Microsoft.Extensions.Logging;
using Sluice.Server.Observability.Health;
using StackExchange.Redis;

namespace Sluice.Server.Gateway;

/// <summary>Tells the other nodes, through Redis pub/sub, that the gateway's revision moved, so
/// they swap at once instead of at their next poll. Best effort: the poll is the fallback.</summary>
internal sealed class SnapshotAnnouncer(RedisConnection redis, ILogger<SnapshotAnnouncer> logger)
{
    public static readonly RedisChannel Channel = RedisChannel.Literal("sluice:gateway:revision");
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    public async Task AnnounceAsync(long revision)
    {
        if (!redis.IsConfigured)
        {
            return;
        }
        try
        {
            var subscriber = await redis.GetSubscriberAsync(Timeout, CancellationToken.None);
            await subscriber.PublishAsync(Channel, revision.ToString(CultureInfo.InvariantCulture)).WaitAsync(Timeout);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            Log.AnnounceFailed(logger, exception, revision);
        }
    }
}
