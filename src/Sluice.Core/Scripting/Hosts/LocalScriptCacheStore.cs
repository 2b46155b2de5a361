using System.Globalization;

namespace Sluice.Core.Scripting.Hosts;

/// <summary>The script cache in this process's memory, for a node without Redis. Bounded by
/// entries and bytes: when full, the least recently used entries go first. Expiry is read from
/// the <see cref="TimeProvider"/>, so tests move time instead of waiting.</summary>
/// <param name="time">The clock entries expire by.</param>
/// <param name="maxEntries">Most entries held.</param>
/// <param name="maxBytes">Most bytes (keys and values, as UTF-16) held.</param>
public sealed class LocalScriptCacheStore(TimeProvider time, int maxEntries = ScriptCacheLimits.LocalMaxEntries,
    long maxBytes = ScriptCacheLimits.LocalMaxBytes) : IScriptCacheStore
{
    private readonly Dictionary<(long ApiId, string Key), LinkedListNode<Entry>> _entries = [];
    // Least recently used first.
    private readonly LinkedList<Entry> _recency = new();
    private readonly Lock _lock = new();
    private long _bytes;

    /// <summary>Entries held now, expired ones not yet evicted included.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    /// <inheritdoc />
    public ValueTask<string?> GetAsync(long apiId, string key, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return ValueTask.FromResult(Live(apiId, key)?.Json);
        }
    }

    /// <inheritdoc />
    public ValueTask SetAsync(long apiId, string key, string json, TimeSpan ttl, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            Put(apiId, key, json, time.GetUtcNow() + ttl);
        }
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<bool> DeleteAsync(long apiId, string key, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var live = Live(apiId, key) is not null;
            Remove((apiId, key));
            return ValueTask.FromResult(live);
        }
    }

    /// <inheritdoc />
    public ValueTask<long?> IncrementAsync(long apiId, string key, long by, TimeSpan ttl, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var entry = Live(apiId, key);
            long current = 0;
            if (entry is not null && !long.TryParse(entry.Json, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out current))
            {
                return ValueTask.FromResult<long?>(null);
            }
            long sum;
            try
            {
                sum = checked(current + by);
            }
            catch (OverflowException)
            {
                return ValueTask.FromResult<long?>(null);
            }
            Put(apiId, key, sum.ToString(CultureInfo.InvariantCulture), entry?.Expires ?? time.GetUtcNow() + ttl);
            return ValueTask.FromResult<long?>(sum);
        }
    }

    // The entry, made most recently used; null (and dropped) when expired.
    private Entry? Live(long apiId, string key)
    {
        if (!_entries.TryGetValue((apiId, key), out var node))
        {
            return null;
        }
        if (node.Value.Expires <= time.GetUtcNow())
        {
            Remove((apiId, key));
            return null;
        }
        _recency.Remove(node);
        _recency.AddLast(node);
        return node.Value;
    }

    private void Put(long apiId, string key, string json, DateTimeOffset expires)
    {
        Remove((apiId, key));
        var entry = new Entry(apiId, key, json, expires);
        while (_entries.Count > 0 && (_entries.Count >= maxEntries || _bytes + entry.Bytes > maxBytes))
        {
            var oldest = _recency.First!.Value;
            Remove((oldest.ApiId, oldest.Key));
        }
        _entries[(apiId, key)] = _recency.AddLast(entry);
        _bytes += entry.Bytes;
    }

    private void Remove((long ApiId, string Key) id)
    {
        if (_entries.Remove(id, out var node))
        {
            _recency.Remove(node);
            _bytes -= node.Value.Bytes;
        }
    }

    private sealed record Entry(long ApiId, string Key, string Json, DateTimeOffset Expires)
    {
        public long Bytes { get; } = 2L * (Key.Length + Json.Length);
    }
}
