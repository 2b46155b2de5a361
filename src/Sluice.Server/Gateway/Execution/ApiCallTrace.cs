using Sluice.Core.Templates;

namespace Sluice.Server.Gateway.Execution;

/// <summary>What a debug run captures: the statements as sent, log lines of a script, and how
/// long rendering and executing took.</summary>
internal sealed class ApiCallTrace
{
    /// <summary>Every statement sent to the database, with its bound values.</summary>
    public List<BoundStatement> Statements { get; } = [];

    /// <summary>A script's log lines, in order.</summary>
    public List<TraceLogLine> Logs { get; } = [];

    /// <summary>Milliseconds spent rendering the template (SQL APIs).</summary>
    public double RenderMs { get; set; }

    /// <summary>Milliseconds spent executing (statements, or the whole script).</summary>
    public double ExecuteMs { get; set; }
}

/// <summary>One log line a script wrote.</summary>
/// <param name="Level">info, warn or error.</param>
/// <param name="Message">What it said.</param>
internal sealed record TraceLogLine(string Level, string Message);
