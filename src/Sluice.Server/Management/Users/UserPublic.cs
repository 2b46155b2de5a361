using Sluice.Core.Users;

namespace Sluice.Server.Management.Users;

/// <summary>A user as the API shows it: never the password hash.</summary>
internal sealed record UserPublic(long Id, string Username, string? Email, string? FullName, bool IsActive, bool IsSuperuser,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, IReadOnlyList<long>? RoleIds = null)
{
    public static UserPublic From(UserRecord user, IReadOnlyList<long>? roleIds = null) =>
        new(user.Id, user.Username, user.Email, user.FullName, user.IsActive, user.IsSuperuser, user.CreatedAt, user.UpdatedAt, roleIds);
}
