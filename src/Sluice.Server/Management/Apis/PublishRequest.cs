using System.ComponentModel;

namespace Sluice.Server.Management.Apis;

/// <summary>Which version to publish: by its per-API (per-macro) number or by its id, never both;
/// neither publishes the newest. <c>force</c> publishes even when a publish check (such as the
/// version's test cases) refuses it.</summary>
internal sealed record PublishRequest(
    [property: Description("The version number to publish (1, 2, 3 … per API); leave out, with version_id, for the newest.")] int? Version,
    [property: Description("The id of the version to publish; send version or version_id, not both.")] long? VersionId,
    [property: Description("Publish even when a publish check (the SQL check, the test cases) refuses it; the audit record says so.")] bool? Force);
