using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Sluice.Server.Observability.Metrics;

/// <summary>The running totals of one counter, one per label set. A measurement finds its total
/// by the tag's name and value as they are (a boxed status code, a reason's string): no label
/// text is built per measurement, only once per new label set.</summary>
internal sealed class InstrumentSeries(Instrument instrument)
{
    private readonly Total _untagged = new("");
    private readonly ConcurrentDictionary<SeriesKey, Total> _tagged = new();

    public string Name => instrument.Name;

    public bool IsGauge => instrument is ObservableGauge<long> or ObservableGauge<double> or ObservableGauge<int>;

    public void Add(double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var total = tags.Length switch
        {
            0 => _untagged,
            1 => Tagged(new SeriesKey(tags[0].Key, tags[0].Value, null), tags),
            _ => Tagged(new SeriesKey(null, null, MetricsCollector.Labels(tags)), tags),
        };
        total.Add(value);
    }

    /// <summary>Every label set measured so far with its total.</summary>
    public List<(string Labels, double Value)> Totals()
    {
        var totals = _tagged.Values.Where(total => total.Used).Select(total => (total.Labels, total.Value)).ToList();
        if (_untagged.Used)
        {
            totals.Add((_untagged.Labels, _untagged.Value));
        }
        return totals;
    }

    private Total Tagged(SeriesKey key, ReadOnlySpan<KeyValuePair<string, object?>> tags) =>
        _tagged.TryGetValue(key, out var total) ? total : _tagged.GetOrAdd(key, new Total(key.Labels ?? MetricsCollector.Labels(tags)));

    // One tag by its name and value; more tags by their label text.
    private readonly record struct SeriesKey(string? Name, object? Value, string? Labels);

    private sealed class Total(string labels)
    {
        private double _value;
        private int _used;

        public string Labels { get; } = labels;

        public double Value => Volatile.Read(ref _value);

        public bool Used => Volatile.Read(ref _used) != 0;

        public void Add(double amount)
        {
            var seen = Volatile.Read(ref _value);
            while (true)
            {
                var previous = Interlocked.CompareExchange(ref _value, seen + amount, seen);
                if (BitConverter.DoubleToInt64Bits(previous) == BitConverter.DoubleToInt64Bits(seen))
                {
                    break;
                }
                seen = previous;
            }
            if (_used == 0)
            {
                Volatile.Write(ref _used, 1);
            }
        }
    }
}
