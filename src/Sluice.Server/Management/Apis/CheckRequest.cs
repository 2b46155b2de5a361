namespace Sluice.Server.Management.Apis;

/// <summary>What to check: the draft (empty body), or a version by its number or its id.</summary>
internal sealed record CheckRequest(int? Version, long? VersionId);
