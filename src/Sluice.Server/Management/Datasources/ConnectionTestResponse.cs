namespace Sluice.Server.Management.Datasources;

/// <summary>The result of a connection test.</summary>
internal sealed record ConnectionTestResponse(bool Success, double ElapsedMs, string? Message);
