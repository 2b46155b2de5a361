using Sluice.Core.Flow;

namespace Sluice.Server.Flow;

/// <summary>Rate limits shared through Redis, and this node's own while Redis fails.</summary>
internal sealed class ResilientRateLimiter(RedisRateLimiter redis, LocalRateLimiter local, FlowFallback fallback) : IRateLimiter
{
    public ValueTask<RateDecision> AcquireAsync(string key, int limitPerMinute, CancellationToken cancellationToken) =>
        fallback.RunAsync((redis, local, key, limitPerMinute),
            static (state, token) => state.redis.AcquireAsync(state.key, state.limitPerMinute, token),
            static (state, token) => state.local.AcquireAsync(state.key, state.limitPerMinute, token), cancellationToken);
}
