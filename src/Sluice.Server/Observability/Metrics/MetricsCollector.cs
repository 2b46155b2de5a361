using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Text;

namespace Sluice.Server.Observability.Metrics;

/// <summary>Collects every instrument of this application's "Sluice" meters and renders them in
/// the Prometheus text format: counters as running totals, gauges as their value at scrape time.
/// Only meters made by this application's IMeterFactory count, so several servers in one
/// process (tests) do not add up each other's figures.</summary>
internal sealed class MetricsCollector : IDisposable
{
    public const string MeterName = "Sluice";

    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<string, InstrumentSeries> _instruments = new();
    private readonly ConcurrentDictionary<(string Name, string Labels), double> _gauges = new();
    private readonly Lock _scrape = new();

    public MetricsCollector(IMeterFactory meters)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name != MeterName || !ReferenceEquals(instrument.Meter.Scope, meters))
            {
                return;
            }
            var series = _instruments.GetOrAdd(instrument.Name, static (_, instrument) => new InstrumentSeries(instrument), instrument);
            listener.EnableMeasurementEvents(instrument, series);
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, state) => Record(instrument, value, tags, state));
        _listener.SetMeasurementEventCallback<int>((instrument, value, tags, state) => Record(instrument, value, tags, state));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, state) => Record(instrument, value, tags, state));
        _listener.Start();
    }

    /// <summary>The current values in Prometheus text format.</summary>
    public string Render()
    {
        lock (_scrape)
        {
            _gauges.Clear();
            _listener.RecordObservableInstruments();
            var text = new StringBuilder();
            foreach (var series in _instruments.Values.OrderBy(series => series.Name, StringComparer.Ordinal))
            {
                var values = series.IsGauge
                    ? _gauges.Where(gauge => gauge.Key.Name == series.Name).Select(gauge => (gauge.Key.Labels, gauge.Value)).ToList()
                    : series.Totals();
                if (values.Count == 0)
                {
                    continue;
                }
                text.Append(CultureInfo.InvariantCulture, $"# TYPE {series.Name} {(series.IsGauge ? "gauge" : "counter")}\n");
                foreach (var (labels, value) in values.OrderBy(entry => entry.Labels, StringComparer.Ordinal))
                {
                    text.Append(series.Name).Append(labels).Append(' ').Append(value.ToString(CultureInfo.InvariantCulture)).Append('\n');
                }
            }
            return text.ToString();
        }
    }

    public void Dispose() => _listener.Dispose();

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags, object? state)
    {
        if (instrument.IsObservable)
        {
            _gauges[(instrument.Name, Labels(tags))] = value;
        }
        else
        {
            ((InstrumentSeries)state!).Add(value, tags);
        }
    }

    /// <summary>The Prometheus label set of <paramref name="tags"/>: <c>{name="value",…}</c>, or empty.</summary>
    internal static string Labels(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        if (tags.Length == 0)
        {
            return "";
        }
        var labels = new StringBuilder("{");
        for (var i = 0; i < tags.Length; i++)
        {
            var value = Convert.ToString(tags[i].Value, CultureInfo.InvariantCulture) ?? "";
            labels.Append(i > 0 ? "," : "").Append(tags[i].Key).Append("=\"")
                .Append(value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append('"');
        }
        return labels.Append('}').ToString();
    }
}
