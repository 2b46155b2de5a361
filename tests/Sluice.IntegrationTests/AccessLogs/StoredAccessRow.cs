namespace Sluice.IntegrationTests.AccessLogs;

/// <summary>One row of access_logs as read back.</summary>
internal sealed record StoredAccessRow
{
    public long Id { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public string RequestId { get; init; } = "";
    public long? ApiId { get; init; }
    public string? ClientId { get; init; }
    public string Ip { get; init; } = "";
    public string Method { get; init; } = "";
    public string Path { get; init; } = "";
    public int Status { get; init; }
    public double DurationMs { get; init; }
    public string? RequestBody { get; init; }
    public string? UserAgent { get; init; }
}
