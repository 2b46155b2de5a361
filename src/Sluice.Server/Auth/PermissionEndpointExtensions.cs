using Microsoft.AspNetCore.Builder;
using Sluice.Core.Permissions;

namespace Sluice.Server.Auth;

/// <summary>Declares the permission a management route requires.</summary>
internal static class PermissionEndpointExtensions
{
    /// <summary>Requires <paramref name="action"/> on <paramref name="resource"/>; a permission scoped
    /// to one id matches when the route value <paramref name="idRouteValue"/> equals it.</summary>
    public static TBuilder RequirePermission<TBuilder>(this TBuilder builder, ResourceType resource, PermissionAction action, string? idRouteValue = "id")
        where TBuilder : IEndpointConventionBuilder
    {
        builder.WithMetadata(new PermissionMetadata(resource, action, idRouteValue));
        return builder;
    }

    /// <summary>Lets any signed-in user call the route (it acts on themselves only).</summary>
    public static TBuilder AllowSelfService<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.WithMetadata(SelfServiceMetadata.Instance);
        return builder;
    }
}
