using Sluice.Core.Flow;

namespace Sluice.Server.Flow;

/// <summary>Concurrency limits shared through Redis, and this node's own while Redis fails. A lease
/// goes back where it came from.</summary>
internal sealed class ResilientConcurrencyLimiter(RedisConcurrencyLimiter redis, LocalConcurrencyLimiter local, FlowFallback fallback)
    : IConcurrencyLimiter
{
    public async ValueTask<ConcurrencyLease?> TryAcquireAsync(string key, int maxConcurrent, CancellationToken cancellationToken)
    {
        if (fallback.UseRedis(out var probe))
        {
            try
            {
                var lease = await redis.TryAcquireAsync(key, maxConcurrent, cancellationToken);
                fallback.Succeeded(probe);
                return lease;
            }
            catch (Exception exception) when (FlowFallback.IsRedisFailure(exception))
            {
                fallback.Failed(exception);
            }
            finally
            {
                if (probe)
                {
                    fallback.EndProbe();
                }
            }
        }
        return await local.TryAcquireAsync(key, maxConcurrent, cancellationToken);
    }
}
