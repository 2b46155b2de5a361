using Microsoft.AspNetCore.Http;
using Sluice.Core.Apis;

namespace Sluice.Server.Management.Apis;

/// <summary>Refuses to publish a version whose own test cases fail, listing the failing cases; a
/// version without test cases passes.</summary>
internal sealed class TestCasesGate(ApiTestRunner tests) : IApiPublishGate
{
    public async Task<IResult?> CheckAsync(ApiRecord api, ApiVersionRecord version, CancellationToken cancellationToken)
    {
        var (results, problem) = await tests.RunAsync(api, TestTarget.Of(version), cancellationToken);
        if (problem is not null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Tests cannot run",
                detail: $"Version {version.Version} of API {api.Id} has test cases, but {problem} Publish with \"force\": true to publish anyway.");
        }
        if (results!.Failed == 0)
        {
            return null;
        }
        var failing = results.Results.Where(result => !result.Passed).Select(result => $"'{result.Name}' ({string.Join(" ", result.Failures)})");
        return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Tests failed",
            detail: $"Version {version.Version} of API {api.Id} fails {results.Failed} of {results.Results.Count} test cases: {string.Join("; ", failing)}. " +
                "Fix the API or its tests and commit a new version, or publish with \"force\": true.",
            extensions: new Dictionary<string, object?> { ["test_results"] = results });
    }
}
