using System.Text.Json;
using System.Text.Json.Nodes;

namespace Sluice.Server.Management.Apis;

/// <summary>What a debug run did: the statements as sent (SQL and bound values), the rows or
/// rows affected, timings, or the error.</summary>
/// <param name="Success">True when the gateway would answer with data.</param>
/// <param name="Error">What the gateway would answer instead.</param>
/// <param name="Statements">Every statement sent to the database, with its bound values.</param>
/// <param name="Rows">The rows of a SQL API's last statement.</param>
/// <param name="RowsAffected">Rows a write changed.</param>
/// <param name="Truncated">True when rows were left unread because of max_rows.</param>
/// <param name="Timings">Milliseconds spent in each step.</param>
/// <param name="Status">The HTTP status the gateway would answer.</param>
/// <param name="Data">A script API's returned value (or a transformed result).</param>
/// <param name="Logs">A script's log lines.</param>
internal sealed record DebugResponse(bool Success, string? Error, IReadOnlyList<DebugStatement> Statements, JsonElement? Rows, int? RowsAffected,
    bool Truncated, DebugTimings Timings, int Status, JsonNode? Data, IReadOnlyList<DebugLogLine> Logs);

/// <summary>One line a script logged.</summary>
/// <param name="Level">info, warn or error.</param>
/// <param name="Message">What it said.</param>
internal sealed record DebugLogLine(string Level, string Message);

/// <summary>One statement as sent to the database.</summary>
internal sealed record DebugStatement(string Sql, IReadOnlyList<object?> Values);

/// <summary>Milliseconds spent in each step.</summary>
internal sealed record DebugTimings(double BindMs, double RenderMs, double ExecuteMs);
