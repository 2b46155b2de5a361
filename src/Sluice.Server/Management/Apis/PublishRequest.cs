namespace Sluice.Server.Management.Apis;

/// <summary>Which version to publish; null publishes the newest.</summary>
internal sealed record PublishRequest(long? VersionId);
