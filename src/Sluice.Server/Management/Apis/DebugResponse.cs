using System.Text.Json;

namespace Sluice.Server.Management.Apis;

/// <summary>What a debug run did: the statements as sent (SQL and bound values), the rows or
/// rows affected, timings, or the error.</summary>
internal sealed record DebugResponse(bool Success, string? Error, IReadOnlyList<DebugStatement> Statements, JsonElement? Rows, int? RowsAffected,
    bool Truncated, DebugTimings Timings);

/// <summary>One statement as sent to the database.</summary>
internal sealed record DebugStatement(string Sql, IReadOnlyList<object?> Values);

/// <summary>Milliseconds spent in each step.</summary>
internal sealed record DebugTimings(double BindMs, double RenderMs, double ExecuteMs);
