using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sluice.Core.Modules;
using Sluice.Core.Permissions;
using Sluice.Server.Auth;
using Sluice.Server.Gateway;
using Sluice.Server.Hosting;

namespace Sluice.Server.Management.Modules;

/// <summary>CRUD for modules.</summary>
internal static class ModulesApi
{
    public static RouteGroupBuilder MapModulesApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/modules").WithTags("modules");
        group.MapGet("", List).Produces<ListResponse<ModuleResponse>>().RequirePermission(ResourceType.Module, PermissionAction.Read);
        group.MapPost("", Create).Produces<ModuleResponse>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(409).RequirePermission(ResourceType.Module, PermissionAction.Create);
        group.MapGet("/{id:long}", Get).Produces<ModuleResponse>().ProducesProblem(404).RequirePermission(ResourceType.Module, PermissionAction.Read);
        group.MapPatch("/{id:long}", Update).Produces<ModuleResponse>().ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409).RequirePermission(ResourceType.Module, PermissionAction.Update);
        group.MapDelete("/{id:long}", Delete).Produces(StatusCodes.Status204NoContent).ProducesProblem(404).ProducesProblem(409).RequirePermission(ResourceType.Module, PermissionAction.Delete);
        return api;
    }

    private static async Task<IResult> List(HttpRequest request, ModuleStore store, CancellationToken cancellationToken)
    {
        var (page, isActive, problem) = ListQuery.PageAndActive(request);
        if (page is null)
        {
            return problem!;
        }
        var result = await store.ListAsync(ListQuery.Text(request, "name"), isActive, ListScope.ReadableIds(request.HttpContext, ResourceType.Module), page, cancellationToken);
        return TypedResults.Ok(new ListResponse<ModuleResponse>(result.Items.Select(ModuleResponse.From).ToArray(), result.Total));
    }

    private static async Task<IResult> Get(long id, ModuleStore store, CancellationToken cancellationToken) =>
        await store.FindAsync(id, cancellationToken) is { } record ? TypedResults.Ok(ModuleResponse.From(record)) : Problems.NotFound("module", id);

    private static async Task<IResult> Create(ModuleRequest request, ModuleStore store, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var fields = Merge(request, null, errors);
        if (fields is null)
        {
            return errors.ToProblem();
        }
        var created = await store.CreateAsync(fields, cancellationToken);
        return created is null ? Problems.NameTaken("module", fields.Name) : TypedResults.Created($"/api/v1/modules/{created.Id}", ModuleResponse.From(created));
    }

    private static async Task<IResult> Update(long id, ModuleRequest request, ModuleStore store, GatewaySnapshots snapshots, CancellationToken cancellationToken)
    {
        var current = await store.FindAsync(id, cancellationToken);
        if (current is null)
        {
            return Problems.NotFound("module", id);
        }
        var errors = new FieldErrors();
        var fields = Merge(request, current, errors);
        if (fields is null)
        {
            return errors.ToProblem();
        }
        if (!await store.UpdateAsync(id, fields, cancellationToken))
        {
            return Problems.NameTaken("module", fields.Name);
        }
        await snapshots.RefreshAsync(cancellationToken);
        return TypedResults.Ok(ModuleResponse.From((await store.FindAsync(id, cancellationToken))!));
    }

    private static async Task<IResult> Delete(long id, ModuleStore store, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(id, cancellationToken) is null)
        {
            return Problems.NotFound("module", id);
        }
        var users = await store.UsedByAsync(id, cancellationToken);
        if (users.Count > 0)
        {
            return Problems.Status(StatusCodes.Status409Conflict, "Module in use",
                $"Module {id} still holds: {string.Join(", ", users)}. Move or delete them first.");
        }
        await store.DeleteAsync(id, cancellationToken);
        return TypedResults.NoContent();
    }

    private static ModuleFields? Merge(ModuleRequest request, ModuleRecord? current, FieldErrors errors)
    {
        var name = request.Name?.Trim() ?? current?.Name;
        errors.Require("name", name);
        errors.MaxLength("name", name, 100);
        errors.MaxLength("description", request.Description, 2000);
        return errors.Any ? null : new ModuleFields(name!, request.Description ?? current?.Description, request.SortOrder ?? current?.SortOrder ?? 0,
            request.IsActive ?? current?.IsActive ?? true);
    }
}
