using Sluice.Core.Permissions;
using Sluice.Core.Users;
using Sluice.Server.Management.Roles;

namespace Sluice.Server.Management.Users;

/// <summary>The signed-in user as <c>GET /users/me</c> shows it: the account plus the grants it
/// holds through its roles, so the dashboard can hide what the user may not do (the server still
/// checks every call).</summary>
internal sealed record CurrentUser(long Id, string Username, string? Email, string? FullName, bool IsActive, bool IsSuperuser,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, IReadOnlyList<PermissionBody> Permissions)
{
    public static CurrentUser From(UserRecord user, UserPermissions permissions) =>
        new(user.Id, user.Username, user.Email, user.FullName, user.IsActive, user.IsSuperuser, user.CreatedAt, user.UpdatedAt,
            permissions.Grants.Select(PermissionBody.From).Distinct().ToArray());
}
