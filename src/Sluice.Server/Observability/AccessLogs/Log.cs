using Microsoft.Extensions.Logging;

namespace Sluice.Server.Observability.AccessLogs;

/// <summary>Log messages of the access log (event ids 3000–3099). Never record contents.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 3000, Level = LogLevel.Warning,
        Message = "Dropped {Dropped} access record(s) in the last {Seconds:0} s ({QueueFull} queue full, {StoreFailure} store failure, {Shutdown} shutdown); {Total} since start")]
    public static partial void RecordsDropped(ILogger logger, Exception? lastStoreFailure, long dropped, double seconds,
        long queueFull, long storeFailure, long shutdown, long total);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Debug, Message = "Writing {Count} access record(s) failed (attempt {Attempt}); retrying in {DelayMs} ms")]
    public static partial void WriteRetrying(ILogger logger, Exception exception, int count, int attempt, double delayMs);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "The shutdown timeout ended the access log flush with {Count} record(s) unwritten")]
    public static partial void FlushCutShort(ILogger logger, long count);

    [LoggerMessage(EventId = 3010, Level = LogLevel.Information, Message = "Purged {Count} access record(s) older than {Days} day(s)")]
    public static partial void Purged(ILogger logger, long count, int days);

    [LoggerMessage(EventId = 3011, Level = LogLevel.Warning, Message = "Purging old access records failed; trying again in an hour")]
    public static partial void PurgeFailed(ILogger logger, Exception exception);
}
