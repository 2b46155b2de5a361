namespace Sluice.Core.Flow;

/// <summary>Admits through a concurrency limiter and a rate limiter asked one after the other:
/// the slot first, then the rate, and the slot given back when the rate refuses (or fails).</summary>
public sealed class SeparateFlowLimiter(IRateLimiter rates, IConcurrencyLimiter slots) : IFlowLimiter
{
    /// <inheritdoc />
    public async ValueTask<FlowAdmission> AdmitAsync(FlowLimits limits, CancellationToken cancellationToken)
    {
        ConcurrencyLease? lease = null;
        if (limits.MaxConcurrent > 0)
        {
            lease = await slots.TryAcquireAsync(limits.SlotKey, limits.MaxConcurrent, cancellationToken);
            if (lease is null)
            {
                return FlowAdmission.NoSlot;
            }
        }
        if (limits.RatePerMinute <= 0)
        {
            return new FlowAdmission(false, lease, null);
        }
        RateDecision decision;
        try
        {
            decision = await rates.AcquireAsync(limits.RateKey, limits.RatePerMinute, cancellationToken);
        }
        catch
        {
            if (lease is not null)
            {
                await lease.DisposeAsync();
            }
            throw;
        }
        if (!decision.Allowed && lease is not null)
        {
            await lease.DisposeAsync();
            lease = null;
        }
        return new FlowAdmission(false, lease, decision);
    }
}
