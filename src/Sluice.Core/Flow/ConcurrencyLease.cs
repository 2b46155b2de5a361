namespace Sluice.Core.Flow;

/// <summary>A concurrency slot held by one request. Disposing it releases the slot, once, however
/// often it is disposed.</summary>
public abstract class ConcurrencyLease : IAsyncDisposable
{
    private int _released;

    /// <summary>Creates a held lease.</summary>
    /// <param name="key">The limited key.</param>
    /// <param name="inFlight">Slots held for the key when this one was taken, this one included.</param>
    protected ConcurrencyLease(string key, int inFlight)
    {
        Key = key;
        InFlight = inFlight;
    }

    /// <summary>The limited key.</summary>
    public string Key { get; }

    /// <summary>Slots held for the key when this one was taken, this one included.</summary>
    public int InFlight { get; }

    /// <summary>True once the slot was released.</summary>
    public bool IsReleased => Volatile.Read(ref _released) != 0;

    /// <summary>Releases the slot the first time; later calls do nothing.</summary>
    /// <returns>Slots still held for the key after this release when known, else null (also when
    /// the slot was already released).</returns>
    public ValueTask<int?> ReleaseAsync() =>
        Interlocked.Exchange(ref _released, 1) == 0 ? ReleaseSlotAsync() : ValueTask.FromResult<int?>(null);

    /// <inheritdoc cref="ReleaseAsync"/>
    public async ValueTask DisposeAsync()
    {
        await ReleaseAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>Gives the slot back; called at most once.</summary>
    /// <returns>Slots still held for the key when known, else null.</returns>
    protected abstract ValueTask<int?> ReleaseSlotAsync();
}
