using Sluice.Core.Users;

namespace Sluice.Server.Management.Users;

/// <summary>A user as the API shows it: never the password hash.</summary>
internal sealed record UserPublic(long Id, string Username, string? Email, string? FullName, bool IsActive, bool IsSuperuser,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static UserPublic From(UserRecord user) =>
        new(user.Id, user.Username, user.Email, user.FullName, user.IsActive, user.IsSuperuser, user.CreatedAt, user.UpdatedAt);
}
