using Microsoft.Extensions.Logging;

namespace Sluice.Server.Management.Audit;

/// <summary>Log messages of the audit trail (event ids 3100–3199). Never record summaries.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 3100, Level = LogLevel.Error,
        Message = "Could not append the audit entry for {Action} on {ResourceType} {ResourceId} (request {RequestId}); the change itself was made")]
    public static partial void AppendFailed(ILogger logger, Exception exception, string action, string? resourceType, string? resourceId, string requestId);

    [LoggerMessage(EventId = 3101, Level = LogLevel.Warning, Message = "The audit chain is broken at entry {Id}: {Break}")]
    public static partial void ChainBroken(ILogger logger, long id, string @break);
}
