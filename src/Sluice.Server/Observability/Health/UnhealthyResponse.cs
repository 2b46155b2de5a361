namespace Sluice.Server.Observability.Health;

/// <summary>The 503 body of the health check: the gateway envelope listing failing components.</summary>
internal sealed record UnhealthyResponse(bool Success, string Message, IReadOnlyList<string> Data);
