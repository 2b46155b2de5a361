namespace Sluice.Server.Observability.AccessLogs;

/// <summary>How the access log writer batches and retries.</summary>
/// <param name="MaxBatch">Records written per transaction at most.</param>
/// <param name="FlushInterval">Longest a record waits for its batch to fill.</param>
/// <param name="RetryDelays">Waits between attempts to write a failed batch; after the last
/// one the batch is dropped.</param>
internal sealed record AccessLogBatching(int MaxBatch, TimeSpan FlushInterval, IReadOnlyList<TimeSpan> RetryDelays)
{
    /// <summary>For production: a second of latency at most, and about 8 s of retries (at
    /// 10,000 records queued, roughly that long at a thousand requests a second).</summary>
    public static AccessLogBatching Default { get; } = new(500, TimeSpan.FromSeconds(1),
        [TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5)]);
}
