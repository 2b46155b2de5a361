namespace Sluice.Core.Connectors;

/// <summary>The outcome of a connection test.</summary>
/// <param name="Success">True when the database answered.</param>
/// <param name="ElapsedMs">Time taken.</param>
/// <param name="Error">The database's message on failure.</param>
public sealed record ProbeResult(bool Success, double ElapsedMs, string? Error);
