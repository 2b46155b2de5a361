namespace Sluice.Server.Management.Clients;

/// <summary>A short-lived gateway token for a client, as <c>POST /api/token/generate</c> issues
/// them, for trying its APIs from the dashboard.</summary>
internal sealed record TryTokenResponse(string AccessToken, string TokenType, int ExpiresIn);
