namespace Sluice.Server.Management.Apis;

/// <summary>Which version to publish (null publishes the newest); <c>force</c> publishes even
/// when the SQL check finds problems.</summary>
internal sealed record PublishRequest(long? VersionId, bool? Force = null);
