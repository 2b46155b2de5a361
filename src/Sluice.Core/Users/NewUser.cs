namespace Sluice.Core.Users;

/// <summary>What is needed to create a user.</summary>
/// <param name="Username">Login name.</param>
/// <param name="Password">Plain password; hashed before storage.</param>
/// <param name="Email">Contact address.</param>
/// <param name="FullName">Display name.</param>
/// <param name="IsActive">Whether the user may log in.</param>
/// <param name="IsSuperuser">Whether the user passes every permission check.</param>
public sealed record NewUser(string Username, string Password, string? Email = null, string? FullName = null,
    bool IsActive = true, bool IsSuperuser = false);
