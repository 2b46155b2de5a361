namespace Sluice.Server.Management.Login;

/// <summary>Login credentials, as JSON or as a form.</summary>
internal sealed record LoginRequest(string Username, string Password);
