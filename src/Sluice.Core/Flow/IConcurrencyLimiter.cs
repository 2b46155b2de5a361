namespace Sluice.Core.Flow;

/// <summary>Caps the requests in flight per key.</summary>
public interface IConcurrencyLimiter
{
    /// <summary>Takes a slot for <paramref name="key"/>, or returns null when <paramref name="maxConcurrent"/>
    /// requests already hold one. Dispose the lease when the request ends.</summary>
    /// <param name="key">Who is limited, e.g. a client id. Keys may be logged and stored in Redis: never put secrets in them.</param>
    /// <param name="maxConcurrent">Slots per key. Callers skip the limiter for "unlimited"; a value of zero or
    /// less yields a lease that holds no slot.</param>
    /// <param name="cancellationToken">Stops waiting for a shared store.</param>
    ValueTask<ConcurrencyLease?> TryAcquireAsync(string key, int maxConcurrent, CancellationToken cancellationToken);
}
