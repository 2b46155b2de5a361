using System.Text.Json;
using System.Text.Json.Serialization;
using Sluice.Core.Apis;

namespace Sluice.Server.Management.Apis;

/// <summary>An API as the management API shows it, draft included.</summary>
internal sealed record ApiResponse(long Id, long? ModuleId, string Name, string Path, string HttpMethod, string ExecuteEngine, long? DatasourceId,
    string AccessType, int? RateLimitPerMinute, int? StatementTimeoutSeconds, bool Pagination, JsonElement Identifiers, string Content,
    JsonElement Params, string? ResultTransform, JsonElement Tests, string? Description, bool IsPublished, long? PublishedVersionId,
    int? PublishedVersion, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    /// <summary>What the template check found worth a look but not worth refusing (a declared
    /// parameter the template never reads); only in the answers to create and update.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Warnings { get; init; }

    public static ApiResponse From(ApiRecord api) => new(api.Id, api.ModuleId, api.Name, api.Path, api.HttpMethod, api.ExecuteEngine,
        api.DatasourceId, api.AccessType, api.RateLimitPerMinute, api.StatementTimeoutSeconds, api.Pagination, Json(api.Identifiers), api.Content,
        Json(api.Params), api.ResultTransform, Json(api.Tests), api.Description, api.PublishedVersionId is not null, api.PublishedVersionId,
        api.PublishedVersion, api.CreatedAt, api.UpdatedAt);

    internal static JsonElement Json(string text)
    {
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }
}
