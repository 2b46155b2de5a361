using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Sluice.Core.Permissions;
using Sluice.Server.Hosting;

namespace Sluice.Server.Auth;

/// <summary>Enforces the permission every management route declares. A route that declares
/// none (and is neither anonymous nor self-service) is refused: a forgotten check fails closed.</summary>
internal sealed class PermissionFilter(PermissionStore permissions) : IEndpointFilter
{
    private static readonly object ItemKey = new();

    /// <summary>The caller's permissions, loaded by this filter for the current request.</summary>
    public static UserPermissions? Of(HttpContext context) => context.Items.TryGetValue(ItemKey, out var value) ? value as UserPermissions : null;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var metadata = http.GetEndpoint()?.Metadata;
        if (metadata?.GetMetadata<IAllowAnonymous>() is not null || metadata?.GetMetadata<SelfServiceMetadata>() is not null)
        {
            return await next(context);
        }
        if (metadata?.GetMetadata<PermissionMetadata>() is not { } required)
        {
            return Problems.Status(StatusCodes.Status403Forbidden, "Forbidden", "This route declares no permission, so nobody may call it.");
        }
        var granted = await permissions.ForUserAsync(DashboardClaims.UserId(http.User), http.RequestAborted);
        http.Items[ItemKey] = granted;
        var resourceId = required.IdRouteValue is { } name && http.Request.RouteValues.TryGetValue(name, out var value) ? value?.ToString() : null;
        var allowed = resourceId is not null
            ? granted.Allows(required.Resource, required.Action, resourceId)
            : required.Action == PermissionAction.Read && required.IdRouteValue is not null
                // A list: anyone who may read some of these sees those (the list is filtered).
                ? granted.AllowsAny(required.Resource, required.Action)
                : granted.Allows(required.Resource, required.Action, null);
        if (!allowed)
        {
            var missing = new PermissionGrant(required.Resource, required.Action, resourceId);
            return Problems.Status(StatusCodes.Status403Forbidden, "Forbidden", $"Missing permission {missing}.");
        }
        return await next(context);
    }
}
