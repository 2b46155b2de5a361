namespace Sluice.Core.Clients;

/// <summary>A row of <c>clients</c>: a consumer of private APIs.</summary>
public sealed class ClientRecord
{
    /// <summary>Primary key.</summary>
    public long Id { get; init; }
    /// <summary>The public identifier the client sends when asking for a token.</summary>
    public string ClientId { get; init; } = "";
    /// <summary>Unique display name.</summary>
    public string Name { get; init; } = "";
    /// <summary>For people.</summary>
    public string? Description { get; init; }
    /// <summary>SHA-256 of the secret (secrets are random, so a fast hash suffices).</summary>
    public string SecretHash { get; init; } = "";
    /// <summary>The generation of the client's tokens: bumped on every rotation and every save
    /// as inactive. Tokens carry it and must match it, so earlier tokens die for good (a
    /// deleted client's id is never reused).</summary>
    public int SecretVersion { get; init; }
    /// <summary>Requests per minute across APIs; null for the global default.</summary>
    public int? RateLimitPerMinute { get; init; }
    /// <summary>Requests in flight at once; null for the global default.</summary>
    public int? MaxConcurrent { get; init; }
    /// <summary>Token lifetime; null for GATEWAY_JWT_EXPIRE_SECONDS.</summary>
    public int? TokenExpireSeconds { get; init; }
    /// <summary>An inactive client gets no tokens, and its tokens stop working.</summary>
    public bool IsActive { get; init; }
    /// <summary>Creation time (UTC).</summary>
    public DateTimeOffset CreatedAt { get; init; }
    /// <summary>Last change (UTC).</summary>
    public DateTimeOffset UpdatedAt { get; init; }
}
