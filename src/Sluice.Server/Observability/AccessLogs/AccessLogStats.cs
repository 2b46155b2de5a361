namespace Sluice.Server.Observability.AccessLogs;

/// <summary>The access log writer's counters since start, for health and metrics routes.
/// Every record handed to the writer is, at any moment, written, dropped or queued.</summary>
/// <param name="Written">Records stored.</param>
/// <param name="DroppedQueueFull">Records refused because the queue was full.</param>
/// <param name="DroppedStoreFailure">Records given up after the store failed every retry.</param>
/// <param name="DroppedShutdown">Records handed over after the writer stopped, or still queued
/// when the host's shutdown timeout ended the final flush.</param>
/// <param name="Queued">Records waiting, including the batch being written.</param>
internal readonly record struct AccessLogStats(long Written, long DroppedQueueFull, long DroppedStoreFailure, long DroppedShutdown, int Queued)
{
    /// <summary>Records dropped for any reason.</summary>
    public long Dropped => DroppedQueueFull + DroppedStoreFailure + DroppedShutdown;
}
