using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace Sluice.IntegrationTests.AccessLogs;

/// <summary>Sums what one host's access log writer reports through System.Diagnostics.Metrics.</summary>
internal sealed class WriterMetrics : IDisposable
{
    private readonly MeterListener _listener = new();
    private long _written;
    private long _dropped;

    public WriterMetrics(AccessLogHost host)
    {
        // Meters are per host (IMeterFactory), so tests running side by side do not mix.
        var meters = host.Host.Services.GetRequiredService<IMeterFactory>();
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Scope == meters && instrument.Name.StartsWith("sluice_access_records_", StringComparison.Ordinal))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
        {
            if (instrument.Name == "sluice_access_records_written_total")
            {
                Interlocked.Add(ref _written, value);
            }
            else if (instrument.Name == "sluice_access_records_dropped_total")
            {
                Interlocked.Add(ref _dropped, value);
            }
        });
        _listener.Start();
    }

    public long Written => Interlocked.Read(ref _written);
    public long Dropped => Interlocked.Read(ref _dropped);

    public void Dispose() => _listener.Dispose();
}
