namespace Sluice.Core.Scripting.Hosts;

/// <summary>A line a script logged, as a debug run shows it.</summary>
/// <param name="Level">Its level.</param>
/// <param name="Message">The message and values, as written to the server log.</param>
public sealed record ScriptLogLine(ScriptLogLevel Level, string Message);
