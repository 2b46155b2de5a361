using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sluice.Core.Auth;
using Sluice.Core.Permissions;
using Sluice.Core.Roles;
using Sluice.Core.Users;
using Sluice.Server.Auth;
using Sluice.Server.Hosting;
using Sluice.Server.Management.Roles;

namespace Sluice.Server.Management.Users;

/// <summary>CRUD for dashboard users and their roles. Nobody raises their own rights: users
/// cannot change their own roles or superuser flag, only superusers make superusers, roles
/// can be given only by someone who holds everything they grant, and another user can be
/// changed or deleted only by someone who holds everything that user holds; nobody deletes or
/// deactivates their own account.</summary>
internal static class UsersApi
{
    public static RouteGroupBuilder MapUsersApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/users").WithTags("users");
        group.MapGet("", List).Produces<ListResponse<UserPublic>>().ProducesValidationProblem().RequirePermission(ResourceType.User, PermissionAction.Read);
        group.MapPost("", Create).Produces<UserPublic>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict).RequirePermission(ResourceType.User, PermissionAction.Create);
        group.MapGet("/{id:long}", Get).Produces<UserPublic>().ProducesProblem(StatusCodes.Status404NotFound).RequirePermission(ResourceType.User, PermissionAction.Read);
        group.MapPatch("/{id:long}", Update).Produces<UserPublic>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).RequirePermission(ResourceType.User, PermissionAction.Update);
        group.MapDelete("/{id:long}", Delete).Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).RequirePermission(ResourceType.User, PermissionAction.Delete);
        return api;
    }

    private static async Task<IResult> List(HttpRequest request, UserStore store, CancellationToken cancellationToken)
    {
        var (page, isActive, problem) = ListQuery.PageAndActive(request);
        if (page is null)
        {
            return problem!;
        }
        var result = await store.ListAsync(ListQuery.Text(request, "username"), isActive, ListScope.ReadableIds(request.HttpContext, ResourceType.User), page, cancellationToken);
        var items = new List<UserPublic>();
        foreach (var user in result.Items)
        {
            items.Add(UserPublic.From(user, await store.RoleIdsAsync(user.Id, cancellationToken)));
        }
        return TypedResults.Ok(new ListResponse<UserPublic>(items, result.Total));
    }

    private static async Task<IResult> Get(long id, UserStore store, CancellationToken cancellationToken) =>
        await store.FindByIdAsync(id, cancellationToken) is { } user
            ? TypedResults.Ok(UserPublic.From(user, await store.RoleIdsAsync(id, cancellationToken)))
            : Problems.NotFound("user", id);

    private static async Task<IResult> Create(UserRequest request, HttpContext http, UserStore users, RoleStore roles, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var username = request.Username?.Trim();
        if (errors.Require("username", username) && username!.Length > 150)
        {
            errors.Add("username", "must be at most 150 characters.");
        }
        if (PasswordPolicy.Check(username ?? "", request.Password) is { } problem)
        {
            errors.Add("password", problem);
        }
        await CheckRolesAsync(request.RoleIds ?? [], roles, errors, cancellationToken);
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        if (await RefuseEscalationAsync(http, null, request, roles, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        if (await users.FindByUsernameAsync(username!, cancellationToken) is not null)
        {
            return Problems.NameTaken("user", username!);
        }
        var user = await users.CreateAsync(new NewUser(username!, request.Password!, request.Email, request.FullName, request.IsActive ?? true,
            request.IsSuperuser ?? false), cancellationToken);
        await users.SetRolesAsync(user.Id, request.RoleIds ?? [], cancellationToken);
        return TypedResults.Created($"/api/v1/users/{user.Id}", UserPublic.From(user, request.RoleIds ?? []));
    }

    private static async Task<IResult> Update(long id, UserRequest request, HttpContext http, UserStore users, RoleStore roles, SessionStore sessions,
        PermissionStore permissions, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id, cancellationToken);
        if (user is null)
        {
            return Problems.NotFound("user", id);
        }
        if (await RefuseTakeoverAsync(http, user, "change", permissions, cancellationToken) is { } takeover)
        {
            return takeover;
        }
        var errors = new FieldErrors();
        var username = request.Username?.Trim() ?? user.Username;
        errors.Require("username", username);
        if (request.Password is not null && PasswordPolicy.Check(username, request.Password) is { } problem)
        {
            errors.Add("password", problem);
        }
        await CheckRolesAsync(request.RoleIds ?? [], roles, errors, cancellationToken);
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        if (await RefuseEscalationAsync(http, user, request, roles, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        if (request.IsActive == false && user.IsActive && id == DashboardClaims.UserId(http.User))
        {
            // Deactivating yourself would sign you out at once, with no way back in.
            return Problems.Status(StatusCodes.Status409Conflict, "Cannot deactivate yourself", "Ask another administrator to deactivate your account.");
        }
        var isActive = request.IsActive ?? user.IsActive;
        if (!await users.UpdateAsync(id, username, request.Email ?? user.Email, request.FullName ?? user.FullName, isActive,
                request.IsSuperuser ?? user.IsSuperuser, request.Password, cancellationToken))
        {
            return Problems.NameTaken("user", username);
        }
        if (request.RoleIds is { } roleIds)
        {
            await users.SetRolesAsync(id, roleIds, cancellationToken);
        }
        if (!isActive || request.Password is not null)
        {
            // A deactivated user, or one whose password an admin reset, is signed out everywhere.
            await sessions.RevokeOthersAsync(id, "", isActive ? "password_reset" : "deactivated", cancellationToken);
        }
        return TypedResults.Ok(UserPublic.From((await users.FindByIdAsync(id, cancellationToken))!, await users.RoleIdsAsync(id, cancellationToken)));
    }

    private static async Task<IResult> Delete(long id, HttpContext http, UserStore users, PermissionStore permissions, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id, cancellationToken);
        if (user is null)
        {
            return Problems.NotFound("user", id);
        }
        if (await RefuseTakeoverAsync(http, user, "delete", permissions, cancellationToken) is { } takeover)
        {
            return takeover;
        }
        if (id == DashboardClaims.UserId(http.User))
        {
            return Problems.Status(StatusCodes.Status409Conflict, "Cannot delete yourself", "Ask another administrator to delete your account.");
        }
        await users.DeleteAsync(id, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task CheckRolesAsync(IReadOnlyList<long> roleIds, RoleStore roles, FieldErrors errors, CancellationToken cancellationToken)
    {
        if (await roles.MissingAsync(roleIds, cancellationToken) is { Count: > 0 } missing)
        {
            errors.Add("role_ids", $"there are no roles {string.Join(", ", missing)}.");
        }
    }

    /// <summary>Whoever can set a user's password, roles or state can act as that user, so it
    /// takes every permission the user holds; a superuser is changed by superusers only.</summary>
    private static async Task<IResult?> RefuseTakeoverAsync(HttpContext http, UserRecord target, string verb, PermissionStore permissions,
        CancellationToken cancellationToken)
    {
        var caller = PermissionFilter.Of(http);
        if (caller is null || caller.IsSuperuser || target.Id == DashboardClaims.UserId(http.User))
        {
            return null;
        }
        if (target.IsSuperuser)
        {
            return Forbidden($"User {target.Id} is a superuser; only a superuser can {verb} a superuser.");
        }
        return Escalation.NotHeld(caller, await permissions.GrantsOfAsync(target.Id, cancellationToken)) is { } missing
            ? Forbidden($"You cannot {verb} user {target.Id}: they hold permissions you do not: {missing}.")
            : null;
    }

    private static async Task<IResult?> RefuseEscalationAsync(HttpContext http, UserRecord? target, UserRequest request, RoleStore roles, CancellationToken cancellationToken)
    {
        var caller = PermissionFilter.Of(http);
        var self = target is not null && target.Id == DashboardClaims.UserId(http.User);
        if (self && (request.RoleIds is not null || request.IsSuperuser is not null))
        {
            return Forbidden("You cannot change your own roles or superuser flag.");
        }
        if (request.IsSuperuser == true && caller is { IsSuperuser: false })
        {
            return Forbidden("Only a superuser can make a superuser.");
        }
        var granted = new List<PermissionGrant>();
        foreach (var roleId in request.RoleIds ?? [])
        {
            granted.AddRange(await roles.PermissionsAsync(roleId, cancellationToken));
        }
        return Escalation.Check(caller, granted) is { } refusal ? Forbidden(refusal) : null;
    }

    private static IResult Forbidden(string detail) => Problems.Status(StatusCodes.Status403Forbidden, "Forbidden", detail);
}
