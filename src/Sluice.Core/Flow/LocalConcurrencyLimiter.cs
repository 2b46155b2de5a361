using System.Collections.Concurrent;

namespace Sluice.Core.Flow;

/// <summary>Concurrency limits kept in this process: one lock-free counter per key, dropped when
/// its last slot is released.</summary>
public sealed class LocalConcurrencyLimiter : IConcurrencyLimiter
{
    private readonly ConcurrentDictionary<string, SlotCounter> _counters = new(StringComparer.Ordinal);

    /// <summary>Keys currently holding slots.</summary>
    internal int TrackedKeys => _counters.Count;

    /// <inheritdoc />
    public ValueTask<ConcurrencyLease?> TryAcquireAsync(string key, int maxConcurrent, CancellationToken cancellationToken)
    {
        if (maxConcurrent <= 0)
        {
            return ValueTask.FromResult<ConcurrencyLease?>(new UnlimitedLease(key));
        }
        while (true)
        {
            var counter = _counters.GetOrAdd(key, static _ => new SlotCounter());
            switch (counter.TryTake(maxConcurrent, out var inFlight))
            {
                case SlotTake.Taken:
                    return ValueTask.FromResult<ConcurrencyLease?>(new LocalLease(this, key, counter, inFlight));
                case SlotTake.Full:
                    return ValueTask.FromResult<ConcurrencyLease?>(null);
                case SlotTake.Retired:
                    // Its last slot was just released: drop it, unless that release did, and look again.
                    _counters.TryRemove(KeyValuePair.Create(key, counter));
                    break;
            }
        }
    }

    /// <summary>Gives back a slot of <paramref name="counter"/>; returns the slots still held.</summary>
    internal int Release(string key, SlotCounter counter)
    {
        var left = counter.Release(out var retired);
        if (retired)
        {
            _counters.TryRemove(KeyValuePair.Create(key, counter));
        }
        return left;
    }
}
