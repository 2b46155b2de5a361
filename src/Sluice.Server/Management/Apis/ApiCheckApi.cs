using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sluice.Core.Apis;
using Sluice.Core.Permissions;
using Sluice.Server.Auth;
using Sluice.Server.Hosting;

namespace Sluice.Server.Management.Apis;

/// <summary><c>POST /api/v1/apis/{id}/check</c>: the database prepares each statement of the
/// draft (or of a version) without running it, and says what it refuses and what it returns.</summary>
internal static class ApiCheckApi
{
    public static RouteGroupBuilder MapApiCheckApi(this RouteGroupBuilder api)
    {
        api.MapPost("/apis/{id:long}/check", Check).WithTags("apis").Produces<CheckResponse>().ProducesValidationProblem().ProducesProblem(403)
            .ProducesProblem(404).RequirePermission(ResourceType.Api, PermissionAction.Execute);
        return api;
    }

    private static async Task<IResult> Check(long id, CheckRequest? request, HttpContext http, ApiStore store, ApiSqlCheck check, CancellationToken cancellationToken)
    {
        var api = await store.FindAsync(id, cancellationToken);
        if (api is null)
        {
            return Problems.NotFound("API", id);
        }
        if (api.ExecuteEngine != "sql")
        {
            return Problems.Status(StatusCodes.Status400BadRequest, "Not SQL", $"API {id} runs a script; only SQL APIs are checked by the database.");
        }
        ApiVersionRecord? version = null;
        if (request is { Version: not null } or { VersionId: not null })
        {
            (version, var problem) = await Versions.VersionChoice.FindAsync(request.Version, request.VersionId, $"API {id}",
                number => store.FindVersionByNumberAsync(id, number, cancellationToken), versionId => store.FindVersionAsync(id, versionId, cancellationToken),
                () => Task.FromResult<ApiVersionRecord?>(null), "");
            if (problem is not null)
            {
                return problem;
            }
        }
        // The check has the datasource prepare statements: it needs the datasource, as a debug run does.
        if (ReferenceAccess.Of(http).Require(ResourceType.Datasource, api.DatasourceId, "datasource_id").Refusal() is { } refused)
        {
            return refused;
        }
        return TypedResults.Ok(CheckResponse.From(await check.RunAsync(api, version, cancellationToken)));
    }
}
