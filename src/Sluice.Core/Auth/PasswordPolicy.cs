namespace Sluice.Core.Auth;

/// <summary>The rules every user password must meet.</summary>
public static class PasswordPolicy
{
    /// <summary>Shortest accepted password.</summary>
    public const int MinLength = 8;
    /// <summary>Longest accepted password (bounds hashing cost).</summary>
    public const int MaxLength = 128;

    /// <summary>Null when the password is acceptable, else what is wrong with it.</summary>
    public static string? Check(string username, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return "is required.";
        }
        if (password.Length < MinLength || password.Length > MaxLength)
        {
            return $"must be {MinLength} to {MaxLength} characters long.";
        }
        if (string.Equals(password, username, StringComparison.OrdinalIgnoreCase))
        {
            return "must not be the same as the username.";
        }
        return null;
    }
}
