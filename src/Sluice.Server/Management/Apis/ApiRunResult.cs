using System.Text.Json;
using System.Text.Json.Nodes;

namespace Sluice.Server.Management.Apis;

/// <summary>What one authoring run did: the status and message the gateway would answer, the
/// statements as sent, the rows (or rows affected, or a script's value), log lines and timings.</summary>
internal sealed record ApiRunResult(int Status, string? Error, IReadOnlyList<DebugStatement> Statements, JsonElement? Rows, int? RowsAffected,
    bool Truncated, DebugTimings Timings)
{
    /// <summary>A script's returned value (or a transformed result).</summary>
    public JsonNode? Data { get; init; }

    /// <summary>A script's log lines.</summary>
    public IReadOnlyList<DebugLogLine> Logs { get; init; } = [];

    /// <summary>The answer's data as the gateway lists it; null for an error.</summary>
    public IReadOnlyList<JsonElement>? DataRows { get; init; }
}
