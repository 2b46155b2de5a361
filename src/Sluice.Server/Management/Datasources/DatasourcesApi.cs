using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sluice.Core.Connectors;
using Sluice.Core.Datasources;
using Sluice.Core.Permissions;
using Sluice.Core.Settings;
using Sluice.Server.Auth;
using Sluice.Server.Gateway;
using Sluice.Server.Hosting;

namespace Sluice.Server.Management.Datasources;

/// <summary>CRUD and connection tests for datasources.</summary>
internal static class DatasourcesApi
{
    public static RouteGroupBuilder MapDatasourcesApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/datasources").WithTags("datasources");
        group.MapGet("", List).Produces<ListResponse<DatasourceResponse>>().RequirePermission(ResourceType.Datasource, PermissionAction.Read);
        group.MapPost("", Create).Produces<DatasourceResponse>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(409).RequirePermission(ResourceType.Datasource, PermissionAction.Create);
        // Trying an arbitrary connection probes hosts, ports and files: it takes the right to create one.
        group.MapPost("/test", TestUnsaved).Produces<ConnectionTestResponse>().ProducesValidationProblem().RequirePermission(ResourceType.Datasource, PermissionAction.Create, idRouteValue: null);
        group.MapGet("/{id:long}", Get).Produces<DatasourceResponse>().ProducesProblem(404).RequirePermission(ResourceType.Datasource, PermissionAction.Read);
        group.MapPatch("/{id:long}", Update).Produces<DatasourceResponse>().ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409).RequirePermission(ResourceType.Datasource, PermissionAction.Update);
        group.MapDelete("/{id:long}", Delete).Produces(StatusCodes.Status204NoContent).ProducesProblem(404).ProducesProblem(409).RequirePermission(ResourceType.Datasource, PermissionAction.Delete);
        group.MapPost("/{id:long}/test", TestSaved).Produces<ConnectionTestResponse>().ProducesProblem(404).RequirePermission(ResourceType.Datasource, PermissionAction.Execute);
        group.MapDatasourceSchemaApi();
        return api;
    }

    private static async Task<IResult> List(HttpRequest request, DatasourceStore store, CancellationToken cancellationToken)
    {
        var (page, isActive, problem) = ListQuery.PageAndActive(request);
        if (page is null)
        {
            return problem!;
        }
        var result = await store.ListAsync(ListQuery.Text(request, "name"), ListQuery.Text(request, "product_type"), isActive,
            ListScope.ReadableIds(request.HttpContext, ResourceType.Datasource), page, cancellationToken);
        return TypedResults.Ok(new ListResponse<DatasourceResponse>(result.Items.Select(DatasourceResponse.From).ToArray(), result.Total));
    }

    private static async Task<IResult> Get(long id, DatasourceStore store, CancellationToken cancellationToken) =>
        await store.FindAsync(id, cancellationToken) is { } record ? TypedResults.Ok(DatasourceResponse.From(record)) : Problems.NotFound("datasource", id);

    private static async Task<IResult> Create(HttpContext http, DatasourceRequest request, DatasourceStore store, GatewaySnapshots snapshots, SluiceSettings settings, CancellationToken cancellationToken)
    {
        if (DatasourceValidation.Check(http, request, null, settings.Connectors.Files, out var fields) is { } refused)
        {
            return refused;
        }
        var created = await store.CreateAsync(fields!, cancellationToken);
        if (created is null)
        {
            return Problems.NameTaken("datasource", fields!.Name);
        }
        await snapshots.RefreshAsync(cancellationToken);
        // The save stands whatever the test says: it is information for the author.
        var connection = await ProbeAsync(store.ToSpec(created), settings, cancellationToken);
        return TypedResults.Created($"/api/v1/datasources/{created.Id}", DatasourceResponse.From(created) with { Connection = connection });
    }

    private static async Task<IResult> Update(HttpContext http, long id, DatasourceRequest request, DatasourceStore store, GatewaySnapshots snapshots, SchemaCache schemas,
        SluiceSettings settings, CancellationToken cancellationToken)
    {
        var current = await store.FindAsync(id, cancellationToken);
        if (current is null)
        {
            return Problems.NotFound("datasource", id);
        }
        if (DatasourceValidation.Check(http, request, current, settings.Connectors.Files, out var fields) is { } refused)
        {
            return refused;
        }
        if (!await store.UpdateAsync(current, fields!, cancellationToken))
        {
            return Problems.NameTaken("datasource", fields!.Name);
        }
        schemas.Forget(id);
        await snapshots.RefreshAsync(cancellationToken);
        var updated = (await store.FindAsync(id, cancellationToken))!;
        var connection = await ProbeAsync(store.ToSpec(updated), settings, cancellationToken);
        return TypedResults.Ok(DatasourceResponse.From(updated) with { Connection = connection });
    }

    private static async Task<IResult> Delete(long id, DatasourceStore store, GatewaySnapshots snapshots, SchemaCache schemas, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(id, cancellationToken) is null)
        {
            return Problems.NotFound("datasource", id);
        }
        var users = await store.UsedByAsync(id, cancellationToken);
        if (users.Count > 0)
        {
            return Problems.Status(StatusCodes.Status409Conflict, "Datasource in use",
                $"Datasource {id} is used by these APIs: {string.Join(", ", users)}. Point them elsewhere or delete them first.");
        }
        await store.DeleteAsync(id, cancellationToken);
        schemas.Forget(id);
        await snapshots.RefreshAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<IResult> TestSaved(long id, DatasourceStore store, SluiceSettings settings, CancellationToken cancellationToken)
    {
        var record = await store.FindAsync(id, cancellationToken);
        return record is null ? Problems.NotFound("datasource", id) : await Test(store.ToSpec(record), settings, cancellationToken);
    }

    private static async Task<IResult> TestUnsaved(HttpContext http, DatasourceRequest request, SluiceSettings settings, CancellationToken cancellationToken)
    {
        // A name is not needed to try a connection.
        if (DatasourceValidation.Check(http, request with { Name = request.Name ?? "unsaved" }, null, settings.Connectors.Files, out var fields) is { } refused)
        {
            return refused;
        }
        var spec = new ConnectionSpec(fields!.Product, fields.Host, fields.Port, fields.Database, fields.Username, fields.Password,
            DatasourceOptions.Parse(fields.Options));
        return await Test(spec, settings, cancellationToken);
    }

    private static async Task<IResult> Test(ConnectionSpec spec, SluiceSettings settings, CancellationToken cancellationToken)
    {
        if (DatasourceValidation.FileProblem(spec, settings.Connectors.Files) is { } refused)
        {
            return refused;
        }
        return TypedResults.Ok(await ProbeAsync(spec, settings, cancellationToken));
    }

    /// <summary>The one connection test behind the test routes and every save; a file the
    /// rules refuse now is a failed test, never opened.</summary>
    private static async Task<ConnectionTestResponse> ProbeAsync(ConnectionSpec spec, SluiceSettings settings, CancellationToken cancellationToken) =>
        DatasourceValidation.FileError(spec, settings.Connectors.Files) is { } refused
            ? new ConnectionTestResponse(false, 0, refused)
            : ConnectionTestResponse.From(await ConnectionProbe.TryAsync(spec, settings.Connectors, cancellationToken));
}
