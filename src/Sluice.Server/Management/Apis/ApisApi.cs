using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sluice.Core.Apis;
using Sluice.Core.Macros;
using Sluice.Core.Permissions;
using Sluice.Core.Settings;
using Sluice.Server.Auth;
using Sluice.Server.Gateway;
using Sluice.Core.Versions;
using Sluice.Server.Hosting;
using Sluice.Server.Management.Audit;
using Sluice.Server.Management.Versions;

namespace Sluice.Server.Management.Apis;

/// <summary>CRUD for APIs, their versions, and publishing.</summary>
internal static class ApisApi
{
    public static RouteGroupBuilder MapApisApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/apis").WithTags("apis");
        group.MapGet("", List).Produces<ListResponse<ApiResponse>>().RequirePermission(ResourceType.Api, PermissionAction.Read);
        group.MapPost("", Create).Produces<ApiResponse>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(409).RequirePermission(ResourceType.Api, PermissionAction.Create);
        group.MapGet("/{id:long}", Get).Produces<ApiResponse>().ProducesProblem(404).RequirePermission(ResourceType.Api, PermissionAction.Read);
        group.MapPatch("/{id:long}", Update).Produces<ApiResponse>().ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409).RequirePermission(ResourceType.Api, PermissionAction.Update);
        group.MapDelete("/{id:long}", Delete).Produces(StatusCodes.Status204NoContent).ProducesProblem(404).RequirePermission(ResourceType.Api, PermissionAction.Delete);
        group.MapPost("/{id:long}/versions", Commit).Produces<ApiVersionResponse>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409).RequirePermission(ResourceType.Api, PermissionAction.Update);
        group.MapGet("/{id:long}/versions", Versions).Produces<ListResponse<ApiVersionResponse>>().ProducesProblem(404).RequirePermission(ResourceType.Api, PermissionAction.Read);
        group.MapGet("/{id:long}/versions/{versionId:long}", Version).Produces<ApiVersionResponse>().ProducesProblem(404).RequirePermission(ResourceType.Api, PermissionAction.Read);
        group.MapPost("/{id:long}/versions/{versionId:long}/restore", Restore).Produces<ApiResponse>().ProducesProblem(404).RequirePermission(ResourceType.Api, PermissionAction.Update);
        group.MapPost("/{id:long}/publish", Publish).Produces<ApiResponse>().ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409).RequirePermission(ResourceType.Api, PermissionAction.Execute);
        group.MapPost("/{id:long}/unpublish", Unpublish).Produces<ApiResponse>().ProducesProblem(404).RequirePermission(ResourceType.Api, PermissionAction.Execute);
        return api;
    }

    private static async Task<IResult> List(HttpRequest request, ApiStore store, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var page = ListQuery.Page(request, errors);
        var filter = new ApiFilter(ListQuery.Id(request, "module_id", errors), ListQuery.Id(request, "datasource_id", errors),
            ListQuery.Text(request, "name"), ListQuery.Text(request, "path"), ListQuery.Text(request, "http_method")?.ToUpperInvariant(),
            ListQuery.Bool(request, "is_published", errors));
        if (page is null || errors.Any)
        {
            return errors.ToProblem();
        }
        var result = await store.ListAsync(filter, ListScope.ReadableIds(request.HttpContext, ResourceType.Api), page, cancellationToken);
        return TypedResults.Ok(new ListResponse<ApiResponse>(result.Items.Select(ApiResponse.From).ToArray(), result.Total));
    }

    private static async Task<IResult> Get(long id, ApiStore store, CancellationToken cancellationToken) =>
        await store.FindAsync(id, cancellationToken) is { } api ? TypedResults.Ok(ApiResponse.From(api)) : Problems.NotFound("API", id);

    private static async Task<IResult> Create(ApiRequest request, HttpContext http, ApiStore store, MacroStore macros, CatalogReferences references, ClaimsPrincipal user,
        SluiceSettings settings, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var warnings = new List<string>();
        var published = await macros.PublishedAsync(cancellationToken);
        var fields = ApiValidation.Merge(request, null, published, settings.SqlTemplateMaxSize, errors, warnings);
        if (fields is not null)
        {
            await references.CheckAsync(fields.ModuleId, fields.DatasourceId, errors, cancellationToken);
        }
        if (fields is null || errors.Any)
        {
            return errors.ToProblem();
        }
        if (ReferenceAccess.Of(http).Require(ResourceType.Datasource, fields.DatasourceId, "datasource_id").Require(ResourceType.Module, fields.ModuleId, "module_id")
                .RequireMacros(fields.Content, published, fields.ModuleId, script: fields.ExecuteEngine == "script").Refusal() is { } refused)
        {
            return refused;
        }
        var created = await store.CreateAsync(fields, DashboardClaims.UserId(user), cancellationToken);
        return created is null
            ? await RouteTaken(store, fields, null, cancellationToken)
            : TypedResults.Created($"/api/v1/apis/{created.Id}", ApiResponse.From(created) with { Warnings = warnings });
    }

    private static async Task<IResult> Update(long id, ApiRequest request, HttpContext http, ApiStore store, MacroStore macros, CatalogReferences references,
        GatewaySnapshots snapshots, SluiceSettings settings, CancellationToken cancellationToken)
    {
        var current = await store.FindAsync(id, cancellationToken);
        if (current is null)
        {
            return Problems.NotFound("API", id);
        }
        var errors = new FieldErrors();
        var warnings = new List<string>();
        var published = await macros.PublishedAsync(cancellationToken);
        var fields = ApiValidation.Merge(request, current, published, settings.SqlTemplateMaxSize, errors, warnings);
        if (fields is not null)
        {
            await references.CheckAsync(fields.ModuleId, fields.DatasourceId, errors, cancellationToken);
        }
        if (fields is null || errors.Any)
        {
            return errors.ToProblem();
        }
        // Only what the change points at newly is checked: whoever may edit this API keeps the
        // references it already has.
        var sameModule = fields.ModuleId == current.ModuleId;
        if (ReferenceAccess.Of(http)
                .Require(ResourceType.Datasource, fields.DatasourceId == current.DatasourceId ? null : fields.DatasourceId, "datasource_id")
                .Require(ResourceType.Module, sameModule ? null : fields.ModuleId, "module_id")
                .RequireMacros(fields.Content, published, fields.ModuleId,
                    sameModule && current.ExecuteEngine == fields.ExecuteEngine
                        ? ReferenceAccess.UsedNames(current.Content, published, current.ModuleId, current.ExecuteEngine == "script")
                        : null,
                    script: fields.ExecuteEngine == "script")
                .Refusal() is { } refused)
        {
            return refused;
        }
        if (!await store.UpdateAsync(id, fields, cancellationToken))
        {
            return await RouteTaken(store, fields, id, cancellationToken);
        }
        await snapshots.RefreshAsync(cancellationToken);
        return TypedResults.Ok(ApiResponse.From((await store.FindAsync(id, cancellationToken))!) with { Warnings = warnings });
    }

    private static async Task<IResult> Delete(long id, ApiStore store, GatewaySnapshots snapshots, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(id, cancellationToken) is null)
        {
            return Problems.NotFound("API", id);
        }
        await store.DeleteAsync(id, cancellationToken);
        await snapshots.RefreshAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<IResult> Commit(long id, CommitRequest request, ApiStore store, MacroStore macros, ApiSqlCheck check, ClaimsPrincipal user,
        CancellationToken cancellationToken)
    {
        var api = await store.FindAsync(id, cancellationToken);
        if (api is null)
        {
            return Problems.NotFound("API", id);
        }
        var errors = new FieldErrors();
        errors.Require("commit_message", request.CommitMessage);
        errors.MaxLength("commit_message", request.CommitMessage, 1000);
        // The draft may predate the check, or a macro it includes may have changed since it was saved.
        var published = await macros.PublishedAsync(cancellationToken);
        IReadOnlyList<string> warnings = [];
        if (api.ExecuteEngine == "script")
        {
            ApiValidation.CheckScript(api.Content, MacroScope.ScriptsFor(published, api.ModuleId), errors);
        }
        else
        {
            warnings = ApiValidation.CheckTemplate(api.Content, api.Identifiers, api.Params, MacroScope.For(published, api.ModuleId), checkVariables: true, errors);
        }
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        if (await store.NewestVersionAsync(id, cancellationToken) is { } newest && ApiVersionText.Of(newest) == ApiVersionText.Of(api))
        {
            return NothingChanged($"API {id}", newest.Version);
        }
        var gate = await check.GateAsync(api, null, request.Force == true, "commit", cancellationToken);
        if (gate.Refusal is { } refused)
        {
            return refused;
        }
        var version = await store.CommitAsync(api, request.CommitMessage!.Trim(), DashboardClaims.UserId(user), gate.ResultColumns, cancellationToken);
        return TypedResults.Created($"/api/v1/apis/{id}/versions/{version.Id}",
            ApiVersionResponse.From(version, api.PublishedVersionId) with { Warnings = warnings });
    }

    private static async Task<IResult> Versions(long id, ApiStore store, CancellationToken cancellationToken)
    {
        var api = await store.FindAsync(id, cancellationToken);
        if (api is null)
        {
            return Problems.NotFound("API", id);
        }
        var versions = await store.VersionsAsync(id, cancellationToken);
        return TypedResults.Ok(new ListResponse<ApiVersionResponse>(versions.Select(v => ApiVersionResponse.From(v, api.PublishedVersionId)).ToArray(), versions.Count));
    }

    private static async Task<IResult> Version(long id, long versionId, ApiStore store, CancellationToken cancellationToken)
    {
        var api = await store.FindAsync(id, cancellationToken);
        var version = api is null ? null : await store.FindVersionAsync(id, versionId, cancellationToken);
        return version is null ? Problems.NotFound($"version of API {id} with id", versionId) : TypedResults.Ok(ApiVersionResponse.From(version, api!.PublishedVersionId));
    }

    private static async Task<IResult> Restore(long id, long versionId, ApiStore store, CancellationToken cancellationToken)
    {
        var version = await store.FindVersionAsync(id, versionId, cancellationToken);
        if (version is null)
        {
            return Problems.NotFound($"version of API {id} with id", versionId);
        }
        await store.RestoreAsync(id, version, cancellationToken);
        return TypedResults.Ok(ApiResponse.From((await store.FindAsync(id, cancellationToken))!));
    }

    private static async Task<IResult> Publish(long id, PublishRequest? request, HttpContext http, ApiStore store, ApiSqlCheck check,
        IEnumerable<IApiPublishGate> gates, GatewaySnapshots snapshots, CancellationToken cancellationToken)
    {
        var api = await store.FindAsync(id, cancellationToken);
        if (api is null)
        {
            return Problems.NotFound("API", id);
        }
        var (version, problem) = await VersionChoice.FindAsync(request?.Version, request?.VersionId, $"API {id}",
            number => store.FindVersionByNumberAsync(id, number, cancellationToken), versionId => store.FindVersionAsync(id, versionId, cancellationToken),
            () => store.NewestVersionAsync(id, cancellationToken), $"commit one with POST /api/v1/apis/{id}/versions");
        if (version is null)
        {
            return problem!;
        }
        var force = request?.Force == true;
        // The database's check of the SQL runs even when forced: it refreshes the stored result columns.
        if ((await check.GateAsync(api, version, force, "publish", cancellationToken)).Refusal is { } refused)
        {
            return refused;
        }
        if (!force)
        {
            foreach (var gate in gates)
            {
                if (await gate.CheckAsync(api, version, cancellationToken) is { } refusal)
                {
                    return refusal;
                }
            }
        }
        await store.PublishAsync(id, version.Id, cancellationToken);
        await snapshots.RefreshAsync(cancellationToken);
        // The audit entry names the version published, however the request chose it, and a force.
        AuditNotes.Add(http, "version", version.Version);
        AuditNotes.Add(http, "version_id", version.Id);
        AuditNotes.Add(http, "force", force);
        return TypedResults.Ok(ApiResponse.From((await store.FindAsync(id, cancellationToken))!));
    }

    private static async Task<IResult> Unpublish(long id, ApiStore store, GatewaySnapshots snapshots, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(id, cancellationToken) is null)
        {
            return Problems.NotFound("API", id);
        }
        await store.PublishAsync(id, null, cancellationToken);
        await snapshots.RefreshAsync(cancellationToken);
        return TypedResults.Ok(ApiResponse.From((await store.FindAsync(id, cancellationToken))!));
    }

    /// <summary>409 for a commit of a draft equal to the newest version.</summary>
    internal static IResult NothingChanged(string owner, int newest) =>
        Problems.Status(StatusCodes.Status409Conflict, "Nothing changed",
            $"Nothing changed since version {newest} of {owner}; edit the draft before committing, or publish version {newest} as it is.");

    private static async Task<IResult> RouteTaken(ApiStore store, Core.Apis.ApiFields fields, long? exceptId, CancellationToken cancellationToken)
    {
        var other = await store.FindByRouteAsync(fields.Path, fields.HttpMethod, exceptId, cancellationToken);
        return Problems.Status(StatusCodes.Status409Conflict, "Route taken",
            $"{fields.HttpMethod} {fields.Path} is already served by API {other?.Id} ('{other?.Name}').");
    }
}
