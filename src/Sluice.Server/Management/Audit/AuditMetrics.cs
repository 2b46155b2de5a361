using System.Diagnostics.Metrics;
using Sluice.Server.Observability.Metrics;

namespace Sluice.Server.Management.Audit;

/// <summary>Counts audit entries appended, by action.</summary>
internal sealed class AuditMetrics
{
    private readonly Counter<long> _actions;

    public AuditMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MetricsCollector.MeterName);
        _actions = meter.CreateCounter<long>("sluice_actions_total", "{action}", "Management actions recorded in the audit trail, by action.");
    }

    public void Appended(string action) => _actions.Add(1, new KeyValuePair<string, object?>("action", action));
}
