namespace Sluice.Core.Overview;

/// <summary>Gateway requests on one UTC day.</summary>
/// <param name="Day">The day.</param>
/// <param name="Requests">Every request.</param>
/// <param name="Successes">Those answered below 400.</param>
/// <param name="Failures">Those answered 400 and above.</param>
public sealed record DayTraffic(DateOnly Day, long Requests, long Successes, long Failures);
