using System.Diagnostics.Metrics;

namespace Sluice.Server.Observability.AccessLogs;

/// <summary>The access log writer's counts, kept as plain numbers for
/// <see cref="AccessLogStats"/> and as instruments on the <c>Sluice</c> meter.</summary>
internal sealed class AccessLogCounters
{
    public const string MeterName = "Sluice";

    private static readonly KeyValuePair<string, object?>[] ReasonTags =
        [new("reason", "queue_full"), new("reason", "store_failure"), new("reason", "shutdown")];

    private readonly Counter<long> _written;
    private readonly Counter<long> _dropped;
    private readonly long[] _droppedCounts = new long[ReasonTags.Length];
    private long _writtenCount;

    public AccessLogCounters(IMeterFactory meters, Func<int> queued)
    {
        var meter = meters.Create(MeterName);
        _written = meter.CreateCounter<long>("sluice_access_records_written_total", "{record}", "Access records written to the metadata store.");
        _dropped = meter.CreateCounter<long>("sluice_access_records_dropped_total", "{record}", "Access records dropped, by reason.");
        meter.CreateObservableGauge("sluice_access_records_queued", queued, "{record}", "Access records waiting to be written.");
    }

    public void AddWritten(int count)
    {
        Interlocked.Add(ref _writtenCount, count);
        _written.Add(count);
    }

    public void AddDropped(DropReason reason, long count)
    {
        Interlocked.Add(ref _droppedCounts[(int)reason], count);
        _dropped.Add(count, ReasonTags[(int)reason]);
    }

    public AccessLogStats Snapshot(int queued) => new(
        Interlocked.Read(ref _writtenCount),
        Interlocked.Read(ref _droppedCounts[(int)DropReason.QueueFull]),
        Interlocked.Read(ref _droppedCounts[(int)DropReason.StoreFailure]),
        Interlocked.Read(ref _droppedCounts[(int)DropReason.Shutdown]),
        queued);
}
