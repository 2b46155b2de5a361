using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Sluice.Server.Gateway.Pipeline;
using Sluice.Server.Observability.Metrics;

namespace Sluice.Tests.Observability;

public sealed class MetricsCollectorTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();

    [Fact]
    public void Render_CountersByLabelSetAndGauges_InPrometheusText()
    {
        var meters = _services.GetRequiredService<IMeterFactory>();
        using var collector = new MetricsCollector(meters);
        var gateway = new GatewayMetrics(meters);
        var meter = meters.Create(MetricsCollector.MeterName);
        var queued = 7;
        meter.CreateObservableGauge("sluice_test_queued", () => queued);
        var pairs = meter.CreateCounter<long>("sluice_test_pairs_total");
        meter.CreateCounter<long>("sluice_test_never_total");

        gateway.Answered(200, 1.5);
        gateway.Answered(200, 2.25);
        gateway.Answered(404, 0.25, GatewayErrorKind.NotFound);
        gateway.Answered(700, 1);
        pairs.Add(2, new KeyValuePair<string, object?>("b", "x\"y"), new KeyValuePair<string, object?>("a", 1));
        pairs.Add(3, new KeyValuePair<string, object?>("b", "x\"y"), new KeyValuePair<string, object?>("a", 1));

        var notFound = GatewayErrors.Of(GatewayErrorKind.NotFound).MetricLabel;
        Assert.Equal(
            "# TYPE sluice_gateway_errors_total counter\n"
            + $"sluice_gateway_errors_total{{reason=\"{notFound}\"}} 1\n"
            + "# TYPE sluice_gateway_request_duration_ms_total counter\n"
            + "sluice_gateway_request_duration_ms_total 5\n"
            + "# TYPE sluice_gateway_requests_total counter\n"
            + "sluice_gateway_requests_total{status=\"200\"} 2\n"
            + "sluice_gateway_requests_total{status=\"404\"} 1\n"
            + "sluice_gateway_requests_total{status=\"700\"} 1\n"
            + "# TYPE sluice_test_pairs_total counter\n"
            + "sluice_test_pairs_total{b=\"x\\\"y\",a=\"1\"} 5\n"
            + "# TYPE sluice_test_queued gauge\n"
            + "sluice_test_queued 7\n",
            collector.Render());
    }

    [Fact]
    public void Render_ManyThreadsCounting_LosesNoMeasurement()
    {
        var meters = _services.GetRequiredService<IMeterFactory>();
        using var collector = new MetricsCollector(meters);
        var gateway = new GatewayMetrics(meters);

        Parallel.For(0, 8, _ =>
        {
            for (var i = 0; i < 10_000; i++)
            {
                gateway.Answered(200 + (i % 2), 1);
            }
        });

        var text = collector.Render();
        Assert.Contains("sluice_gateway_requests_total{status=\"200\"} 40000\n", text, StringComparison.Ordinal);
        Assert.Contains("sluice_gateway_requests_total{status=\"201\"} 40000\n", text, StringComparison.Ordinal);
        Assert.Contains("sluice_gateway_request_duration_ms_total 80000\n", text, StringComparison.Ordinal);
    }

    public void Dispose() => _services.Dispose();
}
