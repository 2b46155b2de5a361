using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Sluice.Core.Permissions;

namespace Sluice.Server.Management.Roles;

/// <summary>A permission as clients write it: <c>{resource_type, action, resource_id}</c>.</summary>
internal sealed record PermissionBody(
    [property: Required, Description("What the permission is about.")] string? ResourceType,
    [property: Required, Description("What it allows; execute covers publish, debug and connection tests.")] string? Action,
    [property: Description("One resource's id; leave out for every resource of the type.")] string? ResourceId)
{
    /// <summary>The wire form of a stored grant.</summary>
    public static PermissionBody From(PermissionGrant grant) => new(grant.Resource.Name(), grant.Action.Name(), grant.ResourceId);
}
