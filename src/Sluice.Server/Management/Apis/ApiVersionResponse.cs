using System.Text.Json.Serialization;
using Sluice.Core.Apis;

namespace Sluice.Server.Management.Apis;

/// <summary>A committed version of an API, with the result columns the SQL check found (null when never checked).</summary>
internal sealed record ApiVersionResponse(long Id, long ApiId, int Version, string Content, System.Text.Json.JsonElement Params,
    string? ResultTransform, System.Text.Json.JsonElement Identifiers, System.Text.Json.JsonElement Tests, string CommitMessage, long? CreatedBy,
    DateTimeOffset CreatedAt, bool IsPublished, System.Text.Json.JsonElement? ResultColumns)
{
    /// <summary>The template check's warnings on the committed draft; only in the answer to a commit.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Warnings { get; init; }

    public static ApiVersionResponse From(ApiVersionRecord version, long? publishedVersionId) => new(version.Id, version.ApiId, version.Version,
        version.Content, ApiResponse.Json(version.Params), version.ResultTransform, ApiResponse.Json(version.Identifiers),
        ApiResponse.Json(version.Tests), version.CommitMessage, version.CreatedBy, version.CreatedAt, version.Id == publishedVersionId,
        version.ResultColumns is null ? null : ApiResponse.Json(version.ResultColumns));
}
