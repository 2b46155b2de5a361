using System.Collections.Concurrent;

namespace Sluice.Server.Gateway.Access;

/// <summary>Gateway tokens whose signature and claims were already checked, by their text,
/// until they expire. Checking an HS256 JWT is the costliest step of a private request; a
/// client sends the same token for its whole lifetime. Only valid tokens are kept, so the
/// entries are bounded by the tokens the token endpoint issued; revocation (rotation,
/// deactivation, deletion) is still decided per request from the snapshot.</summary>
internal sealed class ValidatedTokens
{
    private const int Capacity = 50_000;
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>The claims of a token checked before and not expired at <paramref name="nowUtc"/>.
    /// Looked up by the request header's own characters: no copy of the token is made.</summary>
    public bool TryGet(ReadOnlySpan<char> token, DateTime nowUtc, out (string ClientId, int SecretVersion) claims)
    {
        var lookup = _entries.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(token, out var entry))
        {
            if (nowUtc < entry.ValidUntilUtc)
            {
                claims = (entry.ClientId, entry.SecretVersion);
                return true;
            }
            lookup.TryRemove(token, out _);
        }
        claims = default;
        return false;
    }

    /// <summary>Keeps a checked token until <paramref name="validUntilUtc"/> (its expiry plus the allowed clock skew).</summary>
    public void Add(string token, string clientId, int secretVersion, DateTime validUntilUtc)
    {
        if (_entries.Count >= Capacity)
        {
            // Rare (only valid tokens get here): start over rather than track recency on every hit.
            _entries.Clear();
        }
        _entries[token] = new Entry(clientId, secretVersion, validUntilUtc);
    }

    private sealed record Entry(string ClientId, int SecretVersion, DateTime ValidUntilUtc);
}
