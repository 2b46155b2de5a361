using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sluice.Core.Apis;
using Sluice.Core.Permissions;
using Sluice.Core.Versions;
using Sluice.Server.Auth;
using Sluice.Server.Hosting;
using Sluice.Server.Management.Versions;

namespace Sluice.Server.Management.Apis;

/// <summary>Diffs between an API's versions and its draft, and deleting versions.</summary>
internal static class ApiVersionsApi
{
    public static RouteGroupBuilder MapApiVersionsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/apis/{id:long}/versions").WithTags("apis");
        group.MapGet("/{from}/diff/{to}", Diff).Produces<DiffResponse>().ProducesValidationProblem().ProducesProblem(404)
            .RequirePermission(ResourceType.Api, PermissionAction.Read);
        group.MapDelete("/{versionId:long}", Delete).Produces(StatusCodes.Status204NoContent).ProducesProblem(404).ProducesProblem(409)
            .RequirePermission(ResourceType.Api, PermissionAction.Delete);
        return api;
    }

    private static async Task<IResult> Diff(long id, string from, string to, ApiStore store, CancellationToken cancellationToken)
    {
        var api = await store.FindAsync(id, cancellationToken);
        return api is null
            ? Problems.NotFound("API", id)
            : await VersionDiff.AnswerAsync(from, to, side => SideAsync(api, side, store, cancellationToken), versionId => VersionNotFound(id, versionId),
                ApiVersionText.PartOf);
    }

    private static async Task<(string Label, string Text)?> SideAsync(ApiRecord api, VersionRef side, ApiStore store, CancellationToken cancellationToken)
    {
        if (side.VersionId is not { } versionId)
        {
            return (VersionRef.Draft, ApiVersionText.Of(api));
        }
        var version = await store.FindVersionAsync(api.Id, versionId, cancellationToken);
        return version is null
            ? null
            : ($"version {version.Version}", ApiVersionText.Of(version));
    }

    private static async Task<IResult> Delete(long id, long versionId, ApiStore store, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(id, cancellationToken) is null)
        {
            return Problems.NotFound("API", id);
        }
        return await store.DeleteVersionAsync(id, versionId, cancellationToken) switch
        {
            VersionDeletion.Deleted => TypedResults.NoContent(),
            VersionDeletion.Published => Problems.Status(StatusCodes.Status409Conflict, "Version published",
                $"Version {versionId} is the published version of API {id}; publish another version or unpublish the API before deleting it."),
            _ => VersionNotFound(id, versionId),
        };
    }

    private static IResult VersionNotFound(long id, long versionId) => Problems.NotFound($"version of API {id} with id", versionId);
}
