using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sluice.Core.Apis;
using Sluice.Core.Permissions;
using Sluice.Server.Auth;
using Sluice.Server.Hosting;

namespace Sluice.Server.Management.Apis;

/// <summary><c>POST /api/v1/apis/{id}/tests/run</c>: runs an API's test cases, the draft's against
/// the draft or a version's against that version, each in a transaction that is rolled back.</summary>
internal static class ApiTestsApi
{
    public static RouteGroupBuilder MapApiTestsApi(this RouteGroupBuilder api)
    {
        api.MapPost("/apis/{id:long}/tests/run", Run).WithTags("apis").Produces<TestRunResponse>().ProducesProblem(404).ProducesProblem(409)
            .RequirePermission(ResourceType.Api, PermissionAction.Execute);
        return api;
    }

    private static async Task<IResult> Run(long id, TestRunRequest? request, ApiStore store, ApiTestRunner tests, CancellationToken cancellationToken)
    {
        var api = await store.FindAsync(id, cancellationToken);
        if (api is null)
        {
            return Problems.NotFound("API", id);
        }
        var target = TestTarget.Draft(api);
        if (request?.Version is { } number)
        {
            var version = await store.FindVersionByNumberAsync(id, number, cancellationToken);
            if (version is null)
            {
                return Versions.VersionChoice.NumberNotFound($"API {id}", number);
            }
            target = TestTarget.Of(version);
        }
        var (results, problem) = await tests.RunAsync(api, target, cancellationToken);
        return problem is null
            ? TypedResults.Ok(results)
            : Problems.Status(StatusCodes.Status409Conflict, "Tests cannot run", $"The {(target.Version is { } v ? $"version {v}" : "draft")} of API {id} cannot run its tests: {problem}");
    }
}
