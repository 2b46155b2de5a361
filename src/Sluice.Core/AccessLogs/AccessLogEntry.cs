namespace Sluice.Core.AccessLogs;

/// <summary>An access record as the dashboard lists it, with the name of its API.</summary>
public sealed class AccessLogEntry
{
    /// <summary>Primary key.</summary>
    public long Id { get; init; }
    /// <summary>When the request arrived (UTC).</summary>
    public DateTimeOffset CreatedAt { get; init; }
    /// <summary>The request id.</summary>
    public string RequestId { get; init; } = "";
    /// <summary>The API that served it; null when none matched.</summary>
    public long? ApiId { get; init; }
    /// <summary>That API's name; null when none matched or it has been deleted.</summary>
    public string? ApiName { get; init; }
    /// <summary>The caller's public client id; null for anonymous calls.</summary>
    public string? ClientId { get; init; }
    /// <summary>The caller's address.</summary>
    public string Ip { get; init; } = "";
    /// <summary>The HTTP method.</summary>
    public string Method { get; init; } = "";
    /// <summary>The request path.</summary>
    public string Path { get; init; } = "";
    /// <summary>The response status.</summary>
    public int Status { get; init; }
    /// <summary>Time to answer, in milliseconds.</summary>
    public double DurationMs { get; init; }
}
