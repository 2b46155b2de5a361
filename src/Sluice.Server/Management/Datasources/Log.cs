using Microsoft.Extensions.Logging;

namespace Sluice.Server.Management.Datasources;

/// <summary>Log messages of datasource management (event ids 3300–3399). Never connection strings or passwords.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 3300, Level = LogLevel.Warning, Message = "Could not read the schema of datasource '{Datasource}': unreachable ({Reason})")]
    public static partial void SchemaUnreachable(ILogger logger, Exception exception, string datasource, string reason);

    [LoggerMessage(EventId = 3301, Level = LogLevel.Warning, Message = "The catalog query of datasource '{Datasource}' failed")]
    public static partial void SchemaQueryFailed(ILogger logger, Exception exception, string datasource);

    [LoggerMessage(EventId = 3302, Level = LogLevel.Warning, Message = "The catalog query of datasource '{Datasource}' exceeded the {Seconds} s statement timeout")]
    public static partial void SchemaQueryTimedOut(ILogger logger, string datasource, double seconds);
}
