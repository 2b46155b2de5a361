namespace Sluice.Server.Management.Login;

/// <summary>What a successful login or refresh returns.</summary>
internal sealed record TokenResponse(string AccessToken, string TokenType, int ExpiresIn, string RefreshToken);
