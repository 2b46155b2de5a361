namespace Sluice.Core.Scripting.Hosts;

/// <summary>Where a script's <c>cache</c> object keeps its values, as JSON text, namespaced by
/// API id so that one API never sees another's keys. Implementations: this process's memory
/// (<see cref="LocalScriptCacheStore"/>) or Redis, shared by every node.</summary>
public interface IScriptCacheStore
{
    /// <summary>The JSON stored under <paramref name="key"/>, or null when absent or expired.</summary>
    ValueTask<string?> GetAsync(long apiId, string key, CancellationToken cancellationToken);

    /// <summary>Stores <paramref name="json"/> under <paramref name="key"/> for <paramref name="ttl"/>.</summary>
    ValueTask SetAsync(long apiId, string key, string json, TimeSpan ttl, CancellationToken cancellationToken);

    /// <summary>Removes <paramref name="key"/>; true when it was there.</summary>
    ValueTask<bool> DeleteAsync(long apiId, string key, CancellationToken cancellationToken);

    /// <summary>Adds <paramref name="by"/> to the whole number under <paramref name="key"/> (0 when
    /// absent, the new entry then living for <paramref name="ttl"/>; an existing one keeps its
    /// expiry) and answers the sum; null when the stored value is not a whole number or the sum
    /// would overflow.</summary>
    ValueTask<long?> IncrementAsync(long apiId, string key, long by, TimeSpan ttl, CancellationToken cancellationToken);
}
