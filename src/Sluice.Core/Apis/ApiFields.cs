namespace Sluice.Core.Apis;

/// <summary>The writable fields of an API, validated.</summary>
public sealed record ApiFields(long? ModuleId, string Name, string Path, string HttpMethod, string ExecuteEngine, long? DatasourceId,
    string AccessType, int? RateLimitPerMinute, int? StatementTimeoutSeconds, bool Pagination, string Identifiers, string Content,
    string Params, string? ResultTransform, string? Description, string Tests);
