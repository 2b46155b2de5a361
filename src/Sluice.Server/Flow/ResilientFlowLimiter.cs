using Sluice.Core.Flow;

namespace Sluice.Server.Flow;

/// <summary>Both limits shared through Redis in one round trip (<see cref="FlowLua.Admit"/>), and
/// this node's own while Redis fails. A request with only one of the limits asks that limiter
/// alone (<paramref name="oneLimit"/>, itself resilient).</summary>
internal sealed class ResilientFlowLimiter(RedisConcurrencyLimiter redis, SeparateFlowLimiter oneLimit, SeparateFlowLimiter local, FlowFallback fallback)
    : IFlowLimiter
{
    public ValueTask<FlowAdmission> AdmitAsync(FlowLimits limits, CancellationToken cancellationToken) =>
        limits.MaxConcurrent <= 0 || limits.RatePerMinute <= 0
            ? oneLimit.AdmitAsync(limits, cancellationToken)
            : fallback.RunAsync((redis, local, limits),
                static (state, token) => state.redis.TryAdmitAsync(state.limits, token),
                static (state, token) => state.local.AdmitAsync(state.limits, token), cancellationToken);
}
