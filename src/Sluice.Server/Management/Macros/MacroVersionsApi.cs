using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sluice.Core.Macros;
using Sluice.Core.Permissions;
using Sluice.Core.Versions;
using Sluice.Server.Auth;
using Sluice.Server.Hosting;
using Sluice.Server.Management.Versions;

namespace Sluice.Server.Management.Macros;

/// <summary>One macro version: view, restore into the draft, diff, delete.</summary>
internal static class MacroVersionsApi
{
    public static RouteGroupBuilder MapMacroVersionsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/macros/{id:long}/versions").WithTags("macros");
        group.MapGet("/{versionId:long}", Version).Produces<MacroVersionResponse>().ProducesProblem(404)
            .RequirePermission(ResourceType.Macro, PermissionAction.Read);
        group.MapPost("/{versionId:long}/restore", Restore).Produces<MacroResponse>().ProducesProblem(404)
            .RequirePermission(ResourceType.Macro, PermissionAction.Update);
        group.MapGet("/{from}/diff/{to}", Diff).Produces<DiffResponse>().ProducesValidationProblem().ProducesProblem(404)
            .RequirePermission(ResourceType.Macro, PermissionAction.Read);
        group.MapDelete("/{versionId:long}", Delete).Produces(StatusCodes.Status204NoContent).ProducesProblem(404).ProducesProblem(409)
            .RequirePermission(ResourceType.Macro, PermissionAction.Delete);
        return api;
    }

    private static async Task<IResult> Version(long id, long versionId, MacroStore store, CancellationToken cancellationToken)
    {
        var macro = await store.FindAsync(id, cancellationToken);
        var version = macro is null ? null : await store.FindVersionAsync(id, versionId, cancellationToken);
        return version is null ? VersionNotFound(id, versionId) : TypedResults.Ok(MacroVersionResponse.From(version, macro!.PublishedVersionId));
    }

    private static async Task<IResult> Restore(long id, long versionId, MacroStore store, CancellationToken cancellationToken)
    {
        var version = await store.FindVersionAsync(id, versionId, cancellationToken);
        if (version is null)
        {
            return VersionNotFound(id, versionId);
        }
        await store.RestoreAsync(id, version, cancellationToken);
        return TypedResults.Ok(MacroResponse.From((await store.FindAsync(id, cancellationToken))!));
    }

    private static async Task<IResult> Diff(long id, string from, string to, MacroStore store, CancellationToken cancellationToken)
    {
        var macro = await store.FindAsync(id, cancellationToken);
        return macro is null
            ? Problems.NotFound("macro", id)
            : await VersionDiff.AnswerAsync(from, to, side => SideAsync(macro, side, store, cancellationToken), versionId => VersionNotFound(id, versionId));
    }

    private static async Task<(string Label, string Text)?> SideAsync(MacroRecord macro, VersionRef side, MacroStore store, CancellationToken cancellationToken)
    {
        if (side.VersionId is not { } versionId)
        {
            return (VersionRef.Draft, macro.Content);
        }
        var version = await store.FindVersionAsync(macro.Id, versionId, cancellationToken);
        return version is null ? null : ($"version {version.Version}", version.Content);
    }

    private static async Task<IResult> Delete(long id, long versionId, MacroStore store, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(id, cancellationToken) is null)
        {
            return Problems.NotFound("macro", id);
        }
        return await store.DeleteVersionAsync(id, versionId, cancellationToken) switch
        {
            VersionDeletion.Deleted => TypedResults.NoContent(),
            VersionDeletion.Published => Problems.Status(StatusCodes.Status409Conflict, "Version published",
                $"Version {versionId} is the published version of macro {id}; publish another version before deleting it."),
            _ => VersionNotFound(id, versionId),
        };
    }

    private static IResult VersionNotFound(long id, long versionId) => Problems.NotFound($"version of macro {id} with id", versionId);
}
