using Sluice.Core.Flow;

namespace Sluice.Server.Flow;

/// <summary>Concurrency limits shared through Redis, and this node's own while Redis fails. A lease
/// goes back where it came from.</summary>
internal sealed class ResilientConcurrencyLimiter(RedisConcurrencyLimiter redis, LocalConcurrencyLimiter local, FlowFallback fallback)
    : IConcurrencyLimiter
{
    public ValueTask<ConcurrencyLease?> TryAcquireAsync(string key, int maxConcurrent, CancellationToken cancellationToken) =>
        fallback.RunAsync((redis, local, key, maxConcurrent),
            static (state, token) => state.redis.TryAcquireAsync(state.key, state.maxConcurrent, token),
            static (state, token) => state.local.TryAcquireAsync(state.key, state.maxConcurrent, token), cancellationToken);
}
