namespace Sluice.Core.Audit;

/// <summary>What to append to the audit trail: who did what to which resource, from where.
/// The trail adds the time, the id and the hashes.</summary>
public sealed record AuditEntry
{
    /// <summary>What was done, in snake_case: <c>create</c>, <c>update</c>, <c>publish</c>, <c>login_failed</c>, ...
    /// At most 50 characters.</summary>
    public required string Action { get; init; }
    /// <summary>The user who did it; null when nobody was signed in (a failed login).</summary>
    public long? UserId { get; init; }
    /// <summary>The user's name, or the name typed at a login.</summary>
    public string? Username { get; init; }
    /// <summary>The kind of resource changed (<c>api</c>, <c>client</c>, ...); at most 30 characters.</summary>
    public string? ResourceType { get; init; }
    /// <summary>The changed resource's id; at most 64 characters.</summary>
    public string? ResourceId { get; init; }
    /// <summary>A JSON text describing the change, with secrets already removed.</summary>
    public string? Summary { get; init; }
    /// <summary>The caller's IP address.</summary>
    public string? Ip { get; init; }
    /// <summary>The request id, to find the request in other logs.</summary>
    public string? RequestId { get; init; }
}
