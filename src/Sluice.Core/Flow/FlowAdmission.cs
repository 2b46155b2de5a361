namespace Sluice.Core.Flow;

/// <summary>The answer to one request.</summary>
/// <param name="SlotRefused">True when every slot of the key was held (the rate was not asked).</param>
/// <param name="Lease">The slot taken, when admitted with a concurrency limit; dispose it when the request ends.</param>
/// <param name="Rate">The rate limiter's answer, when a rate limit applies and the slot was not refused.</param>
public readonly record struct FlowAdmission(bool SlotRefused, ConcurrencyLease? Lease, RateDecision? Rate)
{
    /// <summary>A request refused a slot.</summary>
    public static FlowAdmission NoSlot => new(true, null, null);
}
