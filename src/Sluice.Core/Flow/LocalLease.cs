namespace Sluice.Core.Flow;

/// <summary>A slot of a <see cref="LocalConcurrencyLimiter"/>.</summary>
internal sealed class LocalLease(LocalConcurrencyLimiter limiter, string key, SlotCounter counter, int inFlight)
    : ConcurrencyLease(key, inFlight)
{
    protected override ValueTask<int?> ReleaseSlotAsync() => ValueTask.FromResult<int?>(limiter.Release(Key, counter));
}
