namespace Sluice.Core.AccessLogs;

/// <summary>What is kept of one gateway request. A value type, so recording one allocates
/// nothing on the request path. Never carries credentials: no Authorization header, no
/// cookies, no client secret.</summary>
public readonly record struct AccessRecord
{
    /// <summary>When the request arrived.</summary>
    public required DateTimeOffset CreatedAt { get; init; }
    /// <summary>The request id (<c>X-Request-ID</c>), at most 128 characters.</summary>
    public required string RequestId { get; init; }
    /// <summary>The API that served the request; null when none matched (404).</summary>
    public long? ApiId { get; init; }
    /// <summary>The caller's public client id; null for anonymous calls.</summary>
    public string? ClientId { get; init; }
    /// <summary>The caller's IP address.</summary>
    public required string Ip { get; init; }
    /// <summary>The HTTP method.</summary>
    public required string Method { get; init; }
    /// <summary>The request path, without the query string.</summary>
    public required string Path { get; init; }
    /// <summary>The response status code.</summary>
    public required int Status { get; init; }
    /// <summary>Time from arrival to the response, in milliseconds.</summary>
    public required double DurationMs { get; init; }
    /// <summary>The request body, already truncated by the producer; null unless
    /// GATEWAY_ACCESS_LOG_BODY is on.</summary>
    public string? RequestBody { get; init; }
    /// <summary>The <c>User-Agent</c> header, if any.</summary>
    public string? UserAgent { get; init; }
}
