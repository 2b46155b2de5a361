using System.Text.Json;

namespace Sluice.Core.Permissions;

/// <summary>Wire names of resource types and actions (<c>access_log</c>, <c>read</c>).</summary>
public static class PermissionNames
{
    /// <summary>The snake_case name.</summary>
    public static string Name(this ResourceType resource) => JsonNamingPolicy.SnakeCaseLower.ConvertName(resource.ToString());

    /// <summary>The lower-case name.</summary>
    public static string Name(this PermissionAction action) => action.ToString().ToLowerInvariant();

    /// <summary>Parses a resource type's wire name.</summary>
    public static ResourceType? ParseResource(string? name) =>
        Enum.GetValues<ResourceType>().Cast<ResourceType?>().FirstOrDefault(resource => resource!.Value.Name() == name);

    /// <summary>Parses an action's wire name.</summary>
    public static PermissionAction? ParseAction(string? name) =>
        Enum.GetValues<PermissionAction>().Cast<PermissionAction?>().FirstOrDefault(action => action!.Value.Name() == name);
}
