using Sluice.Core.Permissions;

namespace Sluice.Server.Auth;

/// <summary>Endpoint metadata: the permission a management route requires. The id of a scoped
/// permission is matched against the route value named <see cref="IdRouteValue"/>.</summary>
internal sealed record PermissionMetadata(ResourceType Resource, PermissionAction Action, string? IdRouteValue = "id");
