using Sluice.Core.Permissions;
using Sluice.Core.Roles;

namespace Sluice.Server.Management.Roles;

/// <summary>A role as the API shows it.</summary>
internal sealed record RoleResponse(long Id, string Name, string? Description, bool IsBuiltin, IReadOnlyList<PermissionBody> Permissions,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static RoleResponse From(RoleRecord role, IReadOnlyList<PermissionGrant> grants) => new(role.Id, role.Name, role.Description, role.IsBuiltin,
        grants.Select(PermissionBody.From).ToArray(), role.CreatedAt, role.UpdatedAt);
}
