using Sluice.Core.Connectors;

namespace Sluice.Server.Management.Datasources;

/// <summary>The result of a connection test, as the test routes answer it and as a saved
/// datasource's <c>connection</c> shows it.</summary>
/// <param name="Ok">True when the database answered.</param>
/// <param name="ElapsedMs">Time the test took.</param>
/// <param name="Error">Why it failed ("authentication failed for user 'app'", "connection refused", "timed out…"); null on success.</param>
internal sealed record ConnectionTestResponse(bool Ok, double ElapsedMs, string? Error)
{
    public static ConnectionTestResponse From(ProbeResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new(result.Success, Math.Round(result.ElapsedMs, 1), result.Error);
    }
}
