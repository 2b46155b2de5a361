using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sluice.Core.Groups;
using Sluice.Core.Permissions;
using Sluice.Server.Auth;
using Sluice.Server.Gateway;
using Sluice.Server.Hosting;

namespace Sluice.Server.Management.Groups;

/// <summary>CRUD for groups of APIs granted together.</summary>
internal static class GroupsApi
{
    public static RouteGroupBuilder MapGroupsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/groups").WithTags("groups");
        group.MapGet("", List).Produces<ListResponse<GroupResponse>>().RequirePermission(ResourceType.Group, PermissionAction.Read);
        group.MapPost("", Create).Produces<GroupResponse>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(409).RequirePermission(ResourceType.Group, PermissionAction.Create);
        group.MapGet("/{id:long}", Get).Produces<GroupResponse>().ProducesProblem(404).RequirePermission(ResourceType.Group, PermissionAction.Read);
        group.MapPatch("/{id:long}", Update).Produces<GroupResponse>().ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409).RequirePermission(ResourceType.Group, PermissionAction.Update);
        group.MapDelete("/{id:long}", Delete).Produces(StatusCodes.Status204NoContent).ProducesProblem(404).RequirePermission(ResourceType.Group, PermissionAction.Delete);
        return api;
    }

    private static async Task<IResult> List(HttpRequest request, GroupStore store, CancellationToken cancellationToken)
    {
        var (page, isActive, problem) = ListQuery.PageAndActive(request);
        if (page is null)
        {
            return problem!;
        }
        var result = await store.ListAsync(ListQuery.Text(request, "name"), isActive, ListScope.ReadableIds(request.HttpContext, ResourceType.Group), page, cancellationToken);
        var items = new List<GroupResponse>(result.Items.Count);
        foreach (var group in result.Items)
        {
            items.Add(GroupResponse.From(group, await store.ApiIdsAsync(group.Id, cancellationToken)));
        }
        return TypedResults.Ok(new ListResponse<GroupResponse>(items, result.Total));
    }

    private static async Task<IResult> Get(long id, GroupStore store, CancellationToken cancellationToken) =>
        await store.FindAsync(id, cancellationToken) is { } group
            ? TypedResults.Ok(GroupResponse.From(group, await store.ApiIdsAsync(id, cancellationToken)))
            : Problems.NotFound("group", id);

    private static async Task<IResult> Create(GroupRequest request, GroupStore store, CatalogReferences references, GatewaySnapshots snapshots,
        HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var fields = Merge(request, null, [], errors);
        if (fields is not null)
        {
            await references.CheckGrantsAsync(fields.ApiIds, [], errors, cancellationToken);
        }
        if (fields is null || errors.Any)
        {
            return errors.ToProblem();
        }
        if (ReferenceAccess.Of(http).RequireEach(ResourceType.Api, fields.ApiIds, [], "api_ids").Refusal() is { } refused)
        {
            return refused;
        }
        var created = await store.CreateAsync(fields, cancellationToken);
        if (created is null)
        {
            return Problems.NameTaken("group", fields.Name);
        }
        await snapshots.RefreshAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/groups/{created.Id}", GroupResponse.From(created, fields.ApiIds));
    }

    private static async Task<IResult> Update(long id, GroupRequest request, GroupStore store, CatalogReferences references, GatewaySnapshots snapshots,
        HttpContext http, CancellationToken cancellationToken)
    {
        var current = await store.FindAsync(id, cancellationToken);
        if (current is null)
        {
            return Problems.NotFound("group", id);
        }
        var errors = new FieldErrors();
        var apiIds = await store.ApiIdsAsync(id, cancellationToken);
        var fields = Merge(request, current, apiIds, errors);
        if (fields is not null)
        {
            await references.CheckGrantsAsync(fields.ApiIds, [], errors, cancellationToken);
        }
        if (fields is null || errors.Any)
        {
            return errors.ToProblem();
        }
        if (ReferenceAccess.Of(http).RequireEach(ResourceType.Api, fields.ApiIds, apiIds, "api_ids").Refusal() is { } refused)
        {
            return refused;
        }
        if (!await store.UpdateAsync(id, fields, cancellationToken))
        {
            return Problems.NameTaken("group", fields.Name);
        }
        await snapshots.RefreshAsync(cancellationToken);
        return TypedResults.Ok(GroupResponse.From((await store.FindAsync(id, cancellationToken))!, await store.ApiIdsAsync(id, cancellationToken)));
    }

    private static async Task<IResult> Delete(long id, GroupStore store, GatewaySnapshots snapshots, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(id, cancellationToken) is null)
        {
            return Problems.NotFound("group", id);
        }
        await store.DeleteAsync(id, cancellationToken);
        await snapshots.RefreshAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static GroupFields? Merge(GroupRequest request, GroupRecord? current, IReadOnlyList<long> apiIds, FieldErrors errors)
    {
        var name = request.Name?.Trim() ?? current?.Name;
        errors.Require("name", name);
        errors.MaxLength("name", name, 200);
        errors.MaxLength("description", request.Description, 2000);
        return errors.Any ? null : new GroupFields(name!, request.Description ?? current?.Description, request.IsActive ?? current?.IsActive ?? true,
            request.ApiIds ?? apiIds);
    }
}
