namespace Sluice.Core.Clients;

/// <summary>The writable fields of a client, validated; grants replace the stored ones.</summary>
public sealed record ClientFields(string Name, string? Description, int? RateLimitPerMinute, int? MaxConcurrent, int? TokenExpireSeconds,
    bool IsActive, IReadOnlyList<long> ApiIds, IReadOnlyList<long> GroupIds);
