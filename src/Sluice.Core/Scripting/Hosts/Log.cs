using Microsoft.Extensions.Logging;

namespace Sluice.Core.Scripting.Hosts;

/// <summary>Log messages of script host objects (event ids 4600–4699). Script lines are what the
/// script author chose to write; nothing else of the run is logged.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 4600, Level = LogLevel.Information, Message = "Script of API {ApiId} ({Path}, request {RequestId}): {Line}")]
    public static partial void ScriptInfo(ILogger logger, long apiId, string path, string? requestId, string line);

    [LoggerMessage(EventId = 4601, Level = LogLevel.Warning, Message = "Script of API {ApiId} ({Path}, request {RequestId}): {Line}")]
    public static partial void ScriptWarn(ILogger logger, long apiId, string path, string? requestId, string line);

    [LoggerMessage(EventId = 4602, Level = LogLevel.Error, Message = "Script of API {ApiId} ({Path}, request {RequestId}): {Line}")]
    public static partial void ScriptError(ILogger logger, long apiId, string path, string? requestId, string line);
}
