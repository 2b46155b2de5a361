namespace Sluice.Server.Management.Apis;

/// <summary>Which version to publish: by its per-API (per-macro) number or by its id, never both;
/// neither publishes the newest. <c>force</c> publishes even when a publish check (such as the
/// version's test cases) refuses it.</summary>
internal sealed record PublishRequest(int? Version, long? VersionId, bool? Force);
