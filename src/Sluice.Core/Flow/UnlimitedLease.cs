namespace Sluice.Core.Flow;

/// <summary>The lease for a key without a limit: it holds no slot.</summary>
internal sealed class UnlimitedLease(string key) : ConcurrencyLease(key, 0)
{
    protected override ValueTask<int?> ReleaseSlotAsync() => ValueTask.FromResult<int?>(null);
}
