namespace Sluice.Core.Overview;

/// <summary>Gateway requests served by one API.</summary>
public sealed class ApiTraffic
{
    /// <summary>The API's id.</summary>
    public long ApiId { get; init; }
    /// <summary>The API's name; null when it has been deleted since.</summary>
    public string? Name { get; init; }
    /// <summary>Its HTTP method; null when it has been deleted since.</summary>
    public string? Method { get; init; }
    /// <summary>Its path under <c>/api/</c>; null when it has been deleted since.</summary>
    public string? Path { get; init; }
    /// <summary>Every request.</summary>
    public long Requests { get; init; }
    /// <summary>Those answered 400 and above.</summary>
    public long Failures { get; init; }
    /// <summary>Mean time to answer, in milliseconds.</summary>
    public double MeanMs { get; init; }
    /// <summary>The 95th percentile of the time to answer (nearest rank), in milliseconds.</summary>
    public double P95Ms { get; init; }
}
