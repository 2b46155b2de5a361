namespace Sluice.Server.Management.Login;

/// <summary>A refresh token to exchange, as JSON or as a form.</summary>
internal sealed record RefreshRequest(string RefreshToken);
