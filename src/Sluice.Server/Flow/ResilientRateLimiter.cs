using Sluice.Core.Flow;

namespace Sluice.Server.Flow;

/// <summary>Rate limits shared through Redis, and this node's own while Redis fails.</summary>
internal sealed class ResilientRateLimiter(RedisRateLimiter redis, LocalRateLimiter local, FlowFallback fallback) : IRateLimiter
{
    public async ValueTask<RateDecision> AcquireAsync(string key, int limitPerMinute, CancellationToken cancellationToken)
    {
        if (fallback.UseRedis(out var probe))
        {
            try
            {
                var decision = await redis.AcquireAsync(key, limitPerMinute, cancellationToken);
                fallback.Succeeded(probe);
                return decision;
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
        return await local.AcquireAsync(key, limitPerMinute, cancellationToken);
    }
}
