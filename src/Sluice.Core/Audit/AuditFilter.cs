namespace Sluice.Core.Audit;

/// <summary>Filters of the audit list; null means "any". Times are inclusive.</summary>
public sealed record AuditFilter(long? UserId = null, string? Action = null, string? ResourceType = null, string? ResourceId = null,
    DateTimeOffset? From = null, DateTimeOffset? To = null);
