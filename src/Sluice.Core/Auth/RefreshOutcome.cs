namespace Sluice.Core.Auth;

/// <summary>The result of a refresh, with the new session token when it rotated.</summary>
/// <param name="Result">What happened.</param>
/// <param name="Session">The rotated session, when <paramref name="Result"/> is <see cref="RefreshResult.Rotated"/>.</param>
public sealed record RefreshOutcome(RefreshResult Result, IssuedSession? Session);
