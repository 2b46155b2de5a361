using Microsoft.Extensions.Logging;

namespace Sluice.Server.Hosting;

/// <summary>Log messages of the hosting area (event ids 1000–1099).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Error, Message = "Unhandled exception for {Method} {Path}")]
    public static partial void UnhandledException(ILogger logger, Exception exception, string method, string path);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Metadata store: {Store}")]
    public static partial void MetadataStore(ILogger logger, string store);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Applied {Count} migration(s); schema now at version {Version}")]
    public static partial void MigrationsApplied(ILogger logger, int count, long version);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "Schema is at version {Current} but this build expects {Head}; health reports migrations_not_at_head. Run: sluice migrate up")]
    public static partial void MigrationsPending(ILogger logger, long current, long head);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Information, Message = "Created the first superuser '{Username}'")]
    public static partial void FirstSuperuserCreated(ILogger logger, string username);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Information, Message = "Created the demo datasource and APIs (data in {File})")]
    public static partial void DemoCreated(ILogger logger, string file);

    [LoggerMessage(EventId = 1090, Level = LogLevel.Warning, Message = "The metadata store is unreachable ({Reason}); answered 503 to {Method} {Path}")]
    public static partial void MetadataStoreUnreachable(ILogger logger, string method, string path, string reason);
}
