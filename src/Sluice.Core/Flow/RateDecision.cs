namespace Sluice.Core.Flow;

/// <summary>The answer of a rate limiter to one request.</summary>
/// <param name="Allowed">True when the request is admitted (and counted).</param>
/// <param name="Limit">Requests admitted per minute for the key.</param>
/// <param name="Remaining">Requests the key may still make in the current window, after this one.</param>
/// <param name="ResetAt">When the oldest admitted request leaves the window.</param>
/// <param name="RetryAfter">When rejected, how long until a request would be admitted; zero when allowed.</param>
public readonly record struct RateDecision(bool Allowed, int Limit, int Remaining, DateTimeOffset ResetAt, TimeSpan RetryAfter);
