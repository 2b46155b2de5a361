using System.Text.Json;

namespace Sluice.Core.Apis;

/// <summary>One test case of an API: input values by parameter name and what the gateway should
/// answer. A draft carries its cases in <c>apis.tests</c>; a commit freezes them with the version.</summary>
public sealed record ApiTestCase
{
    /// <summary>Unique within the API.</summary>
    public required string Name { get; init; }
    /// <summary>Input values by parameter name, bound as the gateway binds a request.</summary>
    public IReadOnlyDictionary<string, JsonElement> Values { get; init; } = new Dictionary<string, JsonElement>();
    /// <summary>What the answer must be.</summary>
    public ApiTestExpectation Expect { get; init; } = new();

    /// <summary>Parses stored test cases.</summary>
    public static IReadOnlyList<ApiTestCase> Parse(string json) =>
        JsonSerializer.Deserialize<List<ApiTestCase>>(json, ApiJson.Options) ?? [];
}
