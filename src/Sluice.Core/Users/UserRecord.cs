namespace Sluice.Core.Users;

/// <summary>A row of the <c>users</c> table.</summary>
public sealed class UserRecord
{
    /// <summary>Primary key.</summary>
    public long Id { get; init; }
    /// <summary>Login name, unique.</summary>
    public string Username { get; init; } = "";
    /// <summary>Contact address.</summary>
    public string? Email { get; init; }
    /// <summary>Display name.</summary>
    public string? FullName { get; init; }
    /// <summary>Argon2id hash; never leaves the server.</summary>
    public string PasswordHash { get; init; } = "";
    /// <summary>An inactive user cannot log in, and their tokens stop working.</summary>
    public bool IsActive { get; init; }
    /// <summary>Passes every permission check.</summary>
    public bool IsSuperuser { get; init; }
    /// <summary>Creation time (UTC).</summary>
    public DateTimeOffset CreatedAt { get; init; }
    /// <summary>Last change (UTC).</summary>
    public DateTimeOffset UpdatedAt { get; init; }
}
