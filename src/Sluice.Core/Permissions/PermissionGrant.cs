namespace Sluice.Core.Permissions;

/// <summary>One permission: an action on a resource type, optionally on one resource only.</summary>
/// <param name="Resource">The resource type.</param>
/// <param name="Action">The action.</param>
/// <param name="ResourceId">The one resource it applies to, or null for all of them.</param>
public sealed record PermissionGrant(ResourceType Resource, PermissionAction Action, string? ResourceId)
{
    /// <summary>True when this grant covers <paramref name="other"/> (same or wider scope).</summary>
    public bool Covers(PermissionGrant other) =>
        other is not null && Resource == other.Resource && Action == other.Action && (ResourceId is null || ResourceId == other.ResourceId);

    /// <inheritdoc />
    public override string ToString() => $"{Resource.Name()}:{Action.Name()}" + (ResourceId is null ? "" : $" on {ResourceId}");
}
