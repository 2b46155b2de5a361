using System.Text.Json;

namespace Sluice.Core.Apis;

/// <summary>Compares what a run answered with what a test case expects, and says each difference
/// in words an author can act on.</summary>
public static class ApiTestCheck
{
    /// <summary>Every way the answer misses the expectation; empty when the test passes.</summary>
    /// <param name="expect">The expectation.</param>
    /// <param name="status">The status the gateway would answer.</param>
    /// <param name="error">The gateway's message for an error answer.</param>
    /// <param name="rows">The rows answered (for a write, one row with <c>rows_affected</c>); null on an error.</param>
    public static IReadOnlyList<string> Failures(ApiTestExpectation expect, int status, string? error, IReadOnlyList<JsonElement>? rows)
    {
        ArgumentNullException.ThrowIfNull(expect);
        var failures = new List<string>();
        if (status != expect.Status)
        {
            failures.Add(error is null ? $"expected status {expect.Status}, got {status}." : $"expected status {expect.Status}, got {status}: {error}");
            return failures;
        }
        rows ??= [];
        if (expect.RowCount is { } count && count != rows.Count)
        {
            failures.Add($"expected {count} rows, got {rows.Count}.");
        }
        if (expect.Rows is { } expectedRows)
        {
            // Said once when row_count already says the same.
            if (expectedRows.Count != rows.Count && expect.RowCount != expectedRows.Count)
            {
                failures.Add($"expected {expectedRows.Count} rows, got {rows.Count}.");
            }
            for (var i = 0; i < Math.Min(expectedRows.Count, rows.Count); i++)
            {
                if (!JsonElement.DeepEquals(expectedRows[i], rows[i]))
                {
                    failures.Add($"row {i + 1}: expected {expectedRows[i].GetRawText()}, got {rows[i].GetRawText()}");
                }
            }
        }
        foreach (var wanted in expect.Contains ?? [])
        {
            if (!rows.Any(row => Matches(wanted, row)))
            {
                failures.Add($"no row contains {wanted.GetRawText()}");
            }
        }
        return failures;
    }

    // The row has every key the wanted object names, with an equal value.
    private static bool Matches(JsonElement wanted, JsonElement row) =>
        wanted.ValueKind == JsonValueKind.Object && row.ValueKind == JsonValueKind.Object
        && wanted.EnumerateObject().All(key => row.TryGetProperty(key.Name, out var value) && JsonElement.DeepEquals(key.Value, value));
}
