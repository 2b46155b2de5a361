using System.Diagnostics.Metrics;

namespace Sluice.Server.Observability.Metrics;

/// <summary>Counters of gateway traffic: requests by status and their total duration.</summary>
internal sealed class GatewayMetrics
{
    private readonly Counter<long> _requests;
    private readonly Counter<double> _milliseconds;

    public GatewayMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MetricsCollector.MeterName);
        _requests = meter.CreateCounter<long>("sluice_gateway_requests_total", description: "Gateway requests answered, by status code.");
        _milliseconds = meter.CreateCounter<double>("sluice_gateway_request_duration_ms_total", unit: "ms", description: "Time spent answering gateway requests.");
    }

    public void Answered(int status, double milliseconds)
    {
        _requests.Add(1, new KeyValuePair<string, object?>("status", status));
        _milliseconds.Add(milliseconds);
    }
}
