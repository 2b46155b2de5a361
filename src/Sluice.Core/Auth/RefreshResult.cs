namespace Sluice.Core.Auth;

/// <summary>What presenting a refresh token did.</summary>
public enum RefreshResult
{
    /// <summary>The token was valid and has been replaced by a new one.</summary>
    Rotated,
    /// <summary>Unknown, expired, or its session was revoked.</summary>
    Invalid,
    /// <summary>The token had already been rotated: its whole session is now revoked.</summary>
    ReuseDetected,
}
