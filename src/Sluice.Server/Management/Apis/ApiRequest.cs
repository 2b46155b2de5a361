using System.Text.Json;

namespace Sluice.Server.Management.Apis;

/// <summary>An API as a client writes it; on update, absent fields keep their value.</summary>
internal sealed record ApiRequest(long? ModuleId, string? Name, string? Path, string? HttpMethod, string? ExecuteEngine, long? DatasourceId,
    string? AccessType, int? RateLimitPerMinute, int? StatementTimeoutSeconds, bool? Pagination, JsonElement? Identifiers, string? Content,
    JsonElement? Params, string? ResultTransform, string? Description, JsonElement? Tests);
