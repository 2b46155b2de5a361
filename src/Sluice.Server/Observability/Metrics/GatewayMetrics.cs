using System.Diagnostics.Metrics;
using Sluice.Server.Gateway.Pipeline;

namespace Sluice.Server.Observability.Metrics;

/// <summary>Counters of gateway traffic: requests by status and their total duration.</summary>
internal sealed class GatewayMetrics
{
    // Status codes boxed once, not per request.
    private static readonly object[] BoxedStatuses = Enumerable.Range(0, 600).Select(status => (object)status).ToArray();

    private readonly Counter<long> _requests;
    private readonly Counter<double> _milliseconds;
    private readonly Counter<long> _errors;

    public GatewayMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MetricsCollector.MeterName);
        _requests = meter.CreateCounter<long>("sluice_gateway_requests_total", description: "Gateway requests answered, by status code.");
        _errors = meter.CreateCounter<long>("sluice_gateway_errors_total", description: "Gateway requests that stopped short of data, by reason.");
        _milliseconds = meter.CreateCounter<double>("sluice_gateway_request_duration_ms_total", unit: "ms", description: "Time spent answering gateway requests.");
    }

    /// <summary>Counts an answered request, and its reason when it stopped short of data.</summary>
    public void Answered(int status, double milliseconds, GatewayErrorKind? error = null)
    {
        _requests.Add(1, new KeyValuePair<string, object?>("status", status is >= 0 and < 600 ? BoxedStatuses[status] : status));
        _milliseconds.Add(milliseconds);
        if (error is { } kind)
        {
            _errors.Add(1, GatewayErrors.Of(kind).Tag);
        }
    }
}
