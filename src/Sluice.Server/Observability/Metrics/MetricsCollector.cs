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
    private readonly ConcurrentDictionary<(string Name, string Labels), double> _totals = new();
    private readonly ConcurrentDictionary<(string Name, string Labels), double> _gauges = new();
    private readonly ConcurrentDictionary<string, string> _types = new();
    private readonly Lock _scrape = new();

    public MetricsCollector(IMeterFactory meters)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name != MeterName || !ReferenceEquals(instrument.Meter.Scope, meters))
            {
                return;
            }
            _types[instrument.Name] = instrument is ObservableGauge<long> or ObservableGauge<double> or ObservableGauge<int> ? "gauge" : "counter";
            listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.SetMeasurementEventCallback<int>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
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
            foreach (var group in _totals.Concat(_gauges).GroupBy(entry => entry.Key.Name).OrderBy(group => group.Key, StringComparer.Ordinal))
            {
                text.Append(CultureInfo.InvariantCulture, $"# TYPE {group.Key} {_types.GetValueOrDefault(group.Key, "counter")}\n");
                foreach (var ((name, labels), value) in group.OrderBy(entry => entry.Key.Labels, StringComparer.Ordinal))
                {
                    text.Append(name).Append(labels).Append(' ').Append(value.ToString(CultureInfo.InvariantCulture)).Append('\n');
                }
            }
            return text.ToString();
        }
    }

    public void Dispose() => _listener.Dispose();

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var key = (instrument.Name, Labels(tags));
        if (instrument.IsObservable)
        {
            _gauges[key] = value;
        }
        else
        {
            _totals.AddOrUpdate(key, value, (_, total) => total + value);
        }
    }

    private static string Labels(ReadOnlySpan<KeyValuePair<string, object?>> tags)
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
