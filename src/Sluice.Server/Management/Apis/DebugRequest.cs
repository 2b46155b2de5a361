using System.Text.Json;

namespace Sluice.Server.Management.Apis;

/// <summary>What to debug: a saved API's draft (<c>api_id</c>) or an unsaved one (content,
/// datasource, params), with input values by parameter name.</summary>
internal sealed record DebugRequest(long? ApiId, string? Content, long? DatasourceId, string? ExecuteEngine, JsonElement? Params,
    JsonElement? Identifiers, Dictionary<string, JsonElement>? Values, int? MaxRows);
