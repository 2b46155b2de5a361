using Microsoft.AspNetCore.Http;
using Sluice.Core.Permissions;

namespace Sluice.Server.Auth;

/// <summary>Which rows of a list the caller may see: null for all, else the readable ids.</summary>
internal static class ListScope
{
    public static IReadOnlyCollection<long>? ReadableIds(HttpContext context, ResourceType resource) =>
        PermissionFilter.Of(context)?.ReadableIds(resource);
}
