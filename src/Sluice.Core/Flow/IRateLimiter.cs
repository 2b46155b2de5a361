namespace Sluice.Core.Flow;

/// <summary>Admits at most a number of requests per key in any sliding minute.</summary>
public interface IRateLimiter
{
    /// <summary>Admits and counts one request for <paramref name="key"/>, or rejects it without counting it.</summary>
    /// <param name="key">Who is limited, e.g. a client id. Keys may be logged and stored in Redis: never put secrets in them.</param>
    /// <param name="limitPerMinute">Requests admitted in any 60-second window. Callers skip the limiter for
    /// "unlimited"; a value of zero or less is admitted without counting.</param>
    /// <param name="cancellationToken">Stops waiting for a shared store.</param>
    ValueTask<RateDecision> AcquireAsync(string key, int limitPerMinute, CancellationToken cancellationToken);
}
