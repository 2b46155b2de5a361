namespace Sluice.Core.Audit;

/// <summary>A row of the <c>audit_log</c> table: an <see cref="AuditEntry"/> as stored, with its
/// place in the hash chain.</summary>
public sealed class AuditRecord
{
    /// <summary>Primary key; chain order.</summary>
    public long Id { get; init; }
    /// <summary>When it was appended (UTC, whole microseconds).</summary>
    public DateTimeOffset CreatedAt { get; init; }
    /// <summary>The user who did it, if any.</summary>
    public long? UserId { get; init; }
    /// <summary>The user's name, or the name typed at a login.</summary>
    public string? Username { get; init; }
    /// <summary>What was done.</summary>
    public string Action { get; init; } = "";
    /// <summary>The kind of resource changed.</summary>
    public string? ResourceType { get; init; }
    /// <summary>The changed resource's id.</summary>
    public string? ResourceId { get; init; }
    /// <summary>A JSON text describing the change.</summary>
    public string? Summary { get; init; }
    /// <summary>The caller's IP address.</summary>
    public string? Ip { get; init; }
    /// <summary>The request id.</summary>
    public string? RequestId { get; init; }
    /// <summary>The hash of the entry before this one (64 zeros for the first).</summary>
    public string PrevHash { get; init; } = "";
    /// <summary>SHA-256 (lowercase hex) of <see cref="PrevHash"/> and this entry's content; see <see cref="AuditHash"/>.</summary>
    public string Hash { get; init; } = "";
}
