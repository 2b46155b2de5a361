using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sluice.Core.Permissions;
using Sluice.Core.Roles;
using Sluice.Server.Auth;
using Sluice.Server.Hosting;

namespace Sluice.Server.Management.Roles;

/// <summary>CRUD for roles and their permissions. Creating, changing or deleting a role takes
/// every permission it grants, before and after; built-in roles are changed by superusers only
/// and deleted by nobody.</summary>
internal static class RolesApi
{
    public static RouteGroupBuilder MapRolesApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/roles").WithTags("roles");
        group.MapGet("", List).Produces<ListResponse<RoleResponse>>().ProducesValidationProblem().RequirePermission(ResourceType.Role, PermissionAction.Read);
        group.MapPost("", Create).Produces<RoleResponse>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict).RequirePermission(ResourceType.Role, PermissionAction.Create);
        group.MapGet("/{id:long}", Get).Produces<RoleResponse>().ProducesProblem(StatusCodes.Status404NotFound).RequirePermission(ResourceType.Role, PermissionAction.Read);
        group.MapPatch("/{id:long}", Update).Produces<RoleResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).RequirePermission(ResourceType.Role, PermissionAction.Update);
        group.MapDelete("/{id:long}", Delete).Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).RequirePermission(ResourceType.Role, PermissionAction.Delete);
        return api;
    }

    private static async Task<IResult> List(HttpRequest request, RoleStore store, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var page = ListQuery.Page(request, errors);
        if (page is null)
        {
            return errors.ToProblem();
        }
        var result = await store.ListAsync(ListQuery.Text(request, "name"), ListScope.ReadableIds(request.HttpContext, ResourceType.Role), page, cancellationToken);
        var items = new List<RoleResponse>();
        foreach (var role in result.Items)
        {
            items.Add(RoleResponse.From(role, await store.PermissionsAsync(role.Id, cancellationToken)));
        }
        return TypedResults.Ok(new ListResponse<RoleResponse>(items, result.Total));
    }

    private static async Task<IResult> Get(long id, RoleStore store, CancellationToken cancellationToken) =>
        await store.FindAsync(id, cancellationToken) is { } role
            ? TypedResults.Ok(RoleResponse.From(role, await store.PermissionsAsync(id, cancellationToken)))
            : Problems.NotFound("role", id);

    private static async Task<IResult> Create(RoleRequest request, HttpContext http, RoleStore store, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var name = request.Name?.Trim();
        errors.Require("name", name);
        var grants = Grants(request.Permissions ?? [], errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        if (Escalation.Check(PermissionFilter.Of(http), grants) is { } refusal)
        {
            return Forbidden(refusal);
        }
        var role = await store.CreateAsync(name!, request.Description, grants, cancellationToken);
        return role is null ? Problems.NameTaken("role", name!) : TypedResults.Created($"/api/v1/roles/{role.Id}", RoleResponse.From(role, grants));
    }

    private static async Task<IResult> Update(long id, RoleRequest request, HttpContext http, RoleStore store, CancellationToken cancellationToken)
    {
        var role = await store.FindAsync(id, cancellationToken);
        if (role is null)
        {
            return Problems.NotFound("role", id);
        }
        var errors = new FieldErrors();
        var name = request.Name?.Trim() ?? role.Name;
        errors.Require("name", name);
        var existing = await store.PermissionsAsync(id, cancellationToken);
        var grants = request.Permissions is { } given ? Grants(given, errors) : existing;
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        if (RefuseChange(PermissionFilter.Of(http), role, [.. existing, .. grants], "change") is { } refusal)
        {
            return refusal;
        }
        if (!await store.UpdateAsync(id, name, request.Description ?? role.Description, grants, cancellationToken))
        {
            return Problems.NameTaken("role", name);
        }
        return TypedResults.Ok(RoleResponse.From((await store.FindAsync(id, cancellationToken))!, grants));
    }

    private static async Task<IResult> Delete(long id, HttpContext http, RoleStore store, CancellationToken cancellationToken)
    {
        var role = await store.FindAsync(id, cancellationToken);
        if (role is null)
        {
            return Problems.NotFound("role", id);
        }
        if (role.IsBuiltin)
        {
            return Problems.Status(StatusCodes.Status409Conflict, "Built-in role", $"'{role.Name}' is built in and cannot be deleted.");
        }
        if (RefuseChange(PermissionFilter.Of(http), role, await store.PermissionsAsync(id, cancellationToken), "delete") is { } refusal)
        {
            return refusal;
        }
        await store.DeleteAsync(id, cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>Changing a role changes what its holders may do, so it takes every permission the
    /// role grants before and after (<paramref name="grants"/>); built-in roles are for superusers.</summary>
    private static IResult? RefuseChange(UserPermissions? caller, RoleRecord role, IEnumerable<PermissionGrant> grants, string verb)
    {
        if (role.IsBuiltin && caller is { IsSuperuser: false })
        {
            return Forbidden($"'{role.Name}' is a built-in role; only a superuser can {verb} it.");
        }
        return Escalation.NotHeld(caller, grants) is { } missing
            ? Forbidden($"You cannot {verb} role '{role.Name}': it grants (or would grant) permissions you do not hold: {missing}.")
            : null;
    }

    private static IResult Forbidden(string detail) => Problems.Status(StatusCodes.Status403Forbidden, "Forbidden", detail);

    private static List<PermissionGrant> Grants(PermissionBody?[] bodies, FieldErrors errors)
    {
        var grants = new List<PermissionGrant>();
        for (var index = 0; index < bodies.Length; index++)
        {
            if (bodies[index] is not { } body)
            {
                errors.Add($"permissions[{index}]", "must be an object {resource_type, action, resource_id}, not null.");
                continue;
            }
            var resource = PermissionNames.ParseResource(body.ResourceType);
            var action = PermissionNames.ParseAction(body.Action);
            if (resource is null)
            {
                errors.Add($"permissions[{index}].resource_type", FieldErrors.NotOneOf(body.ResourceType ?? "", EnumFields.ResourceTypes));
            }
            if (action is null)
            {
                errors.Add($"permissions[{index}].action", FieldErrors.NotOneOf(body.Action ?? "", EnumFields.Actions));
            }
            if (resource is { } r && action is { } a)
            {
                grants.Add(new PermissionGrant(r, a, string.IsNullOrWhiteSpace(body.ResourceId) ? null : body.ResourceId.Trim()));
            }
        }
        return grants;
    }
}
