using System.Diagnostics.Metrics;

namespace Sluice.TestSupport;

/// <summary>Reads flow control's metrics from the meters of one factory.</summary>
internal sealed class FlowMetricsListener : IDisposable
{
    private readonly MeterListener _listener = new();
    private long _fallbacks;
    private int _degraded = -1;

    public FlowMetricsListener(IMeterFactory meters)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Scope == meters && instrument.Name is "sluice_flow_fallbacks_total" or "sluice_flow_degraded")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref _fallbacks, value));
        _listener.SetMeasurementEventCallback<int>((_, value, _, _) => Volatile.Write(ref _degraded, value));
        _listener.Start();
    }

    /// <summary>sluice_flow_fallbacks_total since the listener started.</summary>
    public long Fallbacks => Interlocked.Read(ref _fallbacks);

    /// <summary>sluice_flow_degraded now.</summary>
    public int Degraded()
    {
        _listener.RecordObservableInstruments();
        return Volatile.Read(ref _degraded);
    }

    public void Dispose() => _listener.Dispose();
}
