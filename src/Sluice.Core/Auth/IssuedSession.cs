namespace Sluice.Core.Auth;

/// <summary>A session and the refresh token just issued for it (shown to the client once).</summary>
/// <param name="UserId">The session's user.</param>
/// <param name="SessionId">The token family's id; access tokens carry it as <c>sid</c>.</param>
/// <param name="RefreshToken">The opaque refresh token; only its hash is stored.</param>
public sealed record IssuedSession(long UserId, string SessionId, string RefreshToken);
