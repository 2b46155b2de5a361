namespace Sluice.Server.Management.Roles;

/// <summary>A permission as clients write it: <c>{resource_type, action, resource_id}</c>.</summary>
internal sealed record PermissionBody(string? ResourceType, string? Action, string? ResourceId);
