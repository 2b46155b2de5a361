using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
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
internal sealed record DebugResponse(
    [property: Description("True when the gateway would answer with data.")] bool Success,
    [property: Description("What the gateway would answer instead.")] string? Error,
    [property: Description("Every statement sent to the database, with its bound values.")] IReadOnlyList<DebugStatement> Statements,
    [property: Description("The rows of a SQL API's last statement.")] JsonElement? Rows,
    [property: Description("Rows a write changed.")] int? RowsAffected,
    [property: Description("True when rows were left unread because of max_rows.")] bool Truncated,
    [property: Description("Milliseconds spent in each step.")] DebugTimings Timings,
    [property: Description("The HTTP status the gateway would answer.")] int Status,
    [property: Description("The value a script returned (or a transformed result); null for a plain SQL run.")] JsonNode? Data,
    [property: Description("The lines a script logged.")] IReadOnlyList<DebugLogLine> Logs);

/// <summary>One line a script logged.</summary>
/// <param name="Level">info, warn or error.</param>
/// <param name="Message">What it said.</param>
internal sealed record DebugLogLine(
    [property: Required, Description("info, warn or error.")] string Level,
    [property: Required, Description("What it said.")] string Message);

/// <summary>One statement as sent to the database.</summary>
internal sealed record DebugStatement(string Sql, IReadOnlyList<object?> Values);

/// <summary>Milliseconds spent in each step.</summary>
internal sealed record DebugTimings(double BindMs, double RenderMs, double ExecuteMs);
