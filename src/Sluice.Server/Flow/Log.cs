using Microsoft.Extensions.Logging;

namespace Sluice.Server.Flow;

/// <summary>Log messages of flow control (event ids 2200–2299). Keys are client ids, never secrets.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2200, Level = LogLevel.Warning,
        Message = "Redis failed; flow control falls back to this node's own limits and tries Redis again every {CooldownSeconds} s")]
    public static partial void FellBackToLocal(ILogger logger, Exception exception, double cooldownSeconds);

    [LoggerMessage(EventId = 2201, Level = LogLevel.Information, Message = "Redis answers again; flow control is back on the shared limits")]
    public static partial void BackToShared(ILogger logger);

    [LoggerMessage(EventId = 2202, Level = LogLevel.Information, Message = "Concurrency slot taken for {Key}: {InFlight} of {Max} in flight")]
    public static partial void SlotTaken(ILogger logger, string key, int inFlight, int max);

    [LoggerMessage(EventId = 2203, Level = LogLevel.Information, Message = "Concurrency slot refused for {Key}: {Max} in flight")]
    public static partial void SlotRefused(ILogger logger, string key, int max);

    [LoggerMessage(EventId = 2204, Level = LogLevel.Information, Message = "Concurrency slot released for {Key}: {InFlight} in flight")]
    public static partial void SlotReleased(ILogger logger, string key, int? inFlight);
}
