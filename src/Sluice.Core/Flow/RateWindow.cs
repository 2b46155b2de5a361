namespace Sluice.Core.Flow;

/// <summary>The sliding log of one key: the times (UTC ticks) of the requests admitted in the last
/// window, oldest first, in a ring that grows with use up to the limit.</summary>
internal sealed class RateWindow
{
    private const int InitialCapacity = 4;

    private readonly Lock _gate = new();
    private long[] _ring = new long[InitialCapacity];
    private int _head;
    private int _count;
    private long _newest;
    private bool _evicted;

    /// <summary>Admits and records one request at <paramref name="now"/> unless <paramref name="limit"/>
    /// requests were admitted after <c>now - window</c>; false when this window was evicted and must
    /// be looked up again.</summary>
    public bool TryAcquire(long now, long window, int limit, out RateDecision decision)
    {
        lock (_gate)
        {
            if (_evicted)
            {
                decision = default;
                return false;
            }
            DropBefore(now - window);
            // A lowered limit: only the newest `limit` entries decide when the next request fits.
            while (_count > limit)
            {
                Drop();
            }
            if (_ring.Length > Math.Max(limit, InitialCapacity))
            {
                Resize(Math.Max(limit, InitialCapacity));
            }
            if (_count < limit)
            {
                Append(now, limit);
                decision = new RateDecision(true, limit, limit - _count, At(_ring[_head] + window), TimeSpan.Zero);
            }
            else
            {
                var oldest = _ring[_head];
                decision = new RateDecision(false, limit, 0, At(oldest + window), TimeSpan.FromTicks(oldest + window - now));
            }
            return true;
        }
    }

    /// <summary>Marks the window evicted when nothing in it is newer than <paramref name="cutoff"/>.</summary>
    public bool TryEvict(long cutoff)
    {
        lock (_gate)
        {
            if (_newest > cutoff)
            {
                return false;
            }
            _evicted = true;
            return true;
        }
    }

    private static DateTimeOffset At(long utcTicks) => new(utcTicks, TimeSpan.Zero);

    private void DropBefore(long cutoff)
    {
        while (_count > 0 && _ring[_head] <= cutoff)
        {
            Drop();
        }
    }

    private void Drop()
    {
        _head = (_head + 1) % _ring.Length;
        _count--;
    }

    private void Append(long now, int limit)
    {
        if (_count == _ring.Length)
        {
            Resize(Math.Min(limit, _ring.Length * 2));
        }
        _ring[(_head + _count) % _ring.Length] = now;
        _count++;
        _newest = now;
    }

    private void Resize(int capacity)
    {
        var resized = new long[capacity];
        for (var i = 0; i < _count; i++)
        {
            resized[i] = _ring[(_head + i) % _ring.Length];
        }
        _ring = resized;
        _head = 0;
    }
}
