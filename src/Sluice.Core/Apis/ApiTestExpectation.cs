using System.Text.Json;

namespace Sluice.Core.Apis;

/// <summary>What a test case expects of the gateway's answer; every part given must hold.</summary>
public sealed record ApiTestExpectation
{
    /// <summary>The HTTP status the gateway would answer.</summary>
    public int Status { get; init; } = 200;
    /// <summary>The exact number of rows, when given.</summary>
    public int? RowCount { get; init; }
    /// <summary>The exact rows, in order, when given.</summary>
    public IReadOnlyList<JsonElement>? Rows { get; init; }
    /// <summary>Row objects that must each match some row on the keys they give, when given.</summary>
    public IReadOnlyList<JsonElement>? Contains { get; init; }
}
