using System.Collections.Concurrent;

namespace Sluice.Core.Flow;

/// <summary>Sliding-log rate limits kept in this process: exact per key, at most <c>limit</c>
/// timestamps per key, and keys idle for a whole window forgotten.</summary>
public sealed class LocalRateLimiter(TimeProvider time) : IRateLimiter
{
    private static readonly long Window = TimeSpan.FromMinutes(1).Ticks;

    private readonly ConcurrentDictionary<string, RateWindow> _windows = new(StringComparer.Ordinal);
    private long _lastEviction = time.GetUtcNow().UtcTicks;
    private int _evicting;

    /// <summary>Keys currently tracked.</summary>
    internal int TrackedKeys => _windows.Count;

    /// <inheritdoc />
    public ValueTask<RateDecision> AcquireAsync(string key, int limitPerMinute, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcTicks;
        if (limitPerMinute <= 0)
        {
            return ValueTask.FromResult(new RateDecision(true, 0, 0, new DateTimeOffset(now, TimeSpan.Zero), TimeSpan.Zero));
        }
        RateDecision decision;
        while (true)
        {
            var window = _windows.GetOrAdd(key, static _ => new RateWindow());
            if (window.TryAcquire(now, Window, limitPerMinute, out decision))
            {
                break;
            }
            // Evicted between the lookup and the lock: drop that instance, unless the sweep did, and look again.
            _windows.TryRemove(KeyValuePair.Create(key, window));
        }
        if (now - Volatile.Read(ref _lastEviction) > Window)
        {
            ScheduleEviction(now);
        }
        return ValueTask.FromResult(decision);
    }

    /// <summary>Forgets the keys that admitted nothing in the last window.</summary>
    internal void EvictIdle()
    {
        var cutoff = time.GetUtcNow().UtcTicks - Window;
        foreach (var (key, window) in _windows)
        {
            if (window.TryEvict(cutoff))
            {
                _windows.TryRemove(KeyValuePair.Create(key, window));
            }
        }
    }

    private void ScheduleEviction(long now)
    {
        if (Interlocked.CompareExchange(ref _evicting, 1, 0) != 0)
        {
            return;
        }
        Volatile.Write(ref _lastEviction, now);
        // Off the request's path: a sweep walks every key.
        ThreadPool.UnsafeQueueUserWorkItem(static limiter =>
        {
            try
            {
                limiter.EvictIdle();
            }
            finally
            {
                Volatile.Write(ref limiter._evicting, 0);
            }
        }, this, preferLocal: false);
    }
}
