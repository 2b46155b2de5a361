using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Sluice.Core.Auth;
using Sluice.Core.Permissions;
using Sluice.Core.Users;
using Sluice.Server.Auth;
using Sluice.Server.Hosting;

namespace Sluice.Server.Management.Users;

/// <summary>The signed-in user's own account.</summary>
internal static class UsersMeApi
{
    public static RouteGroupBuilder MapUsersMeApi(this RouteGroupBuilder api)
    {
        var me = api.MapGroup("/users/me").WithTags("users").AllowSelfService();
        me.MapGet("", Get);
        me.MapPatch("/password", ChangePassword).ProducesValidationProblem();
        return api;
    }

    private static async Task<Results<Ok<CurrentUser>, NotFound>> Get(ClaimsPrincipal principal, UserStore users, PermissionStore permissions,
        CancellationToken cancellationToken)
    {
        var userId = DashboardClaims.UserId(principal);
        var user = await users.FindByIdAsync(userId, cancellationToken);
        return user is null
            ? TypedResults.NotFound()
            : TypedResults.Ok(CurrentUser.From(user, await permissions.ForUserAsync(userId, cancellationToken)));
    }

    private static async Task<IResult> ChangePassword(ChangePasswordRequest body, ClaimsPrincipal principal, UserStore users,
        SessionStore sessions, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(DashboardClaims.UserId(principal), cancellationToken);
        if (user is null)
        {
            return TypedResults.NotFound();
        }
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrEmpty(body.CurrentPassword) || !PasswordHasher.Verify(body.CurrentPassword, user.PasswordHash))
        {
            errors["current_password"] = ["is incorrect."];
        }
        if (PasswordPolicy.Check(user.Username, body.NewPassword) is { } problem)
        {
            errors["new_password"] = [problem];
        }
        else if (body.NewPassword == body.CurrentPassword)
        {
            errors["new_password"] = ["must differ from the current password."];
        }
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }
        await users.SetPasswordAsync(user.Id, body.NewPassword!, cancellationToken);
        await sessions.RevokeOthersAsync(user.Id, principal.FindFirst(DashboardClaims.Session)!.Value, "password_changed", cancellationToken);
        return TypedResults.Ok(new MessageResponse("Password updated; your other sessions have been signed out."));
    }
}
