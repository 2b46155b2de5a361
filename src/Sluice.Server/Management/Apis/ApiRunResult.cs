using System.Text.Json;

namespace Sluice.Server.Management.Apis;

/// <summary>What one authoring run did: the status and message the gateway would answer, the
/// statements as sent, the rows (or rows affected), and timings.</summary>
internal sealed record ApiRunResult(int Status, string? Error, IReadOnlyList<DebugStatement> Statements, JsonElement? Rows, int? RowsAffected,
    bool Truncated, DebugTimings Timings)
{
    /// <summary>The rows as the gateway's <c>data</c> lists them; a write is one row with
    /// <c>rows_affected</c>; an error has none.</summary>
    public IReadOnlyList<JsonElement>? DataRows => Rows is { ValueKind: JsonValueKind.Array } rows ? [.. rows.EnumerateArray()]
        : RowsAffected is { } affected ? [JsonSerializer.SerializeToElement(new Dictionary<string, int> { ["rows_affected"] = affected })]
        : null;
}
