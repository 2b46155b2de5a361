namespace Sluice.Core.Overview;

/// <summary>Gateway requests to one path.</summary>
/// <param name="Path">The request path.</param>
/// <param name="Requests">Every request.</param>
/// <param name="MeanMs">Mean time to answer, in milliseconds.</param>
/// <param name="Successes">Those answered below 400.</param>
/// <param name="Failures">Those answered 400 and above.</param>
public sealed record PathTraffic(string Path, long Requests, double MeanMs, long Successes, long Failures);
