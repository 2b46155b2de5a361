namespace Sluice.Core.Connectors;

/// <summary>The outcome of a connection test.</summary>
/// <param name="Success">True when the database answered.</param>
/// <param name="ElapsedMs">Time taken.</param>
/// <param name="Error">Why it failed, in words an operator can act on (<see cref="ConnectionFailure"/>); null on success.</param>
public sealed record ProbeResult(bool Success, double ElapsedMs, string? Error);
