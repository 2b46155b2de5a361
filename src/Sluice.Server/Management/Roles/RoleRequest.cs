using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Sluice.Server.Management.Roles;

/// <summary>A role as an admin writes it; on update, absent fields keep their value. A
/// permission may arrive as null (<c>[null]</c>); validation names it.</summary>
internal sealed record RoleRequest(
    [property: Required, Description("A unique name.")] string? Name,
    [property: Description("Notes for people.")] string? Description,
    [property: Description("What the role allows; creating or changing a role takes every permission it grants.")] PermissionBody?[]? Permissions);
