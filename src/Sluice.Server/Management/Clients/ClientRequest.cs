namespace Sluice.Server.Management.Clients;

/// <summary>A client as an operator writes it; on update, absent fields keep their value.</summary>
internal sealed record ClientRequest(string? Name, string? Description, int? RateLimitPerMinute, int? MaxConcurrent, int? TokenExpireSeconds,
    bool? IsActive, long[]? ApiIds, long[]? GroupIds);
