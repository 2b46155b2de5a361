namespace Sluice.Core.Auth;

/// <summary>How a login attempt ended.</summary>
public enum LoginResult
{
    /// <summary>Credentials were right.</summary>
    Success,
    /// <summary>Unknown username or wrong password; the caller cannot tell which.</summary>
    InvalidCredentials,
    /// <summary>Too many recent failures for this username.</summary>
    LockedOut,
    /// <summary>Right password, but the account is deactivated.</summary>
    Inactive,
}
