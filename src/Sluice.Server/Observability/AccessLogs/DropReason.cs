namespace Sluice.Server.Observability.AccessLogs;

/// <summary>Why an access record was not written; the <c>reason</c> tag of
/// <c>sluice_access_records_dropped_total</c>.</summary>
internal enum DropReason
{
    /// <summary><c>queue_full</c>: the store could not keep up.</summary>
    QueueFull,
    /// <summary><c>store_failure</c>: every attempt to write the record's batch failed.</summary>
    StoreFailure,
    /// <summary><c>shutdown</c>: the writer had stopped, or ran out of shutdown time.</summary>
    Shutdown,
}
