using Microsoft.Extensions.Logging;
using Sluice.Core.Connectors;

namespace Sluice.Server.Gateway;

/// <summary>Log messages of the gateway (event ids 2000–2099). Never parameter values.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2000, Level = LogLevel.Information, Message = "Gateway snapshot {Revision} is live with {ApiCount} API(s)")]
    public static partial void SnapshotSwapped(ILogger logger, long revision, int apiCount);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Error, Message = "Not serving an API: {Problem}")]
    public static partial void ApiNotServed(ILogger logger, string problem);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "Refreshing the gateway snapshot failed; still serving revision {Revision}")]
    public static partial void RefreshFailed(ILogger logger, Exception exception, long revision);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning, Message = "Datasource '{Datasource}' is unreachable: {Reason}")]
    public static partial void DatasourceUnavailable(ILogger logger, Exception exception, string datasource, string reason);

    // No exception and no stack trace: the code and the database's message say it all, and
    // the driver's own text (Npgsql's advice on error details) is not repeated.
    [LoggerMessage(EventId = 2004, Message = "Query of API {ApiId} ({Path}) failed on datasource '{Datasource}': {Kind} {Code}: {Error}")]
    public static partial void QueryFailed(ILogger logger, LogLevel level, long apiId, string path, string datasource, StatementFailureKind kind, string? code, string error);

    [LoggerMessage(EventId = 2009, Level = LogLevel.Error, Message = "The query of API {ApiId} ({Path}) is broken on datasource '{Datasource}': {Code}: {Error}")]
    public static partial void QueryBroken(ILogger logger, long apiId, string path, string datasource, string? code, string error);

    [LoggerMessage(EventId = 2010, Level = LogLevel.Warning, Message = "Could not store the health of datasource {DatasourceId}; retrying")]
    public static partial void HealthWriteFailed(ILogger logger, Exception exception, long datasourceId);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Error, Message = "The template of API {ApiId} ({Path}) failed to render: {Error}")]
    public static partial void TemplateFailed(ILogger logger, long apiId, string path, string error);

    [LoggerMessage(EventId = 2007, Level = LogLevel.Warning, Message = "Could not announce gateway revision {Revision} to other nodes; they will see it at their next poll")]
    public static partial void AnnounceFailed(ILogger logger, Exception exception, long revision);

    [LoggerMessage(EventId = 2008, Level = LogLevel.Warning, Message = "Could not subscribe to gateway revision announcements; retrying (nodes still poll every second)")]
    public static partial void SubscribeFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Warning, Message = "Query of API {ApiId} ({Path}) exceeded its {Seconds} s statement timeout")]
    public static partial void QueryTimedOut(ILogger logger, long apiId, string path, double seconds);

    [LoggerMessage(EventId = 2011, Level = LogLevel.Error, Message = "The {What} of API {ApiId} ({Path}) failed on request {RequestId}: {Error}")]
    public static partial void ScriptFailed(ILogger logger, string what, long apiId, string path, string requestId, string error);

    [LoggerMessage(EventId = 2012, Level = LogLevel.Warning, Message = "The {What} of API {ApiId} ({Path}) was stopped on request {RequestId}: {Reason}")]
    public static partial void ScriptStopped(ILogger logger, string what, long apiId, string path, string requestId, string reason);
}
