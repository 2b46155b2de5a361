namespace Sluice.Server.Management;

/// <summary>A plain confirmation.</summary>
internal sealed record MessageResponse(string Message);
