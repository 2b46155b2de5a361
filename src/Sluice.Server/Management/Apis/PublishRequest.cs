using System.ComponentModel;

namespace Sluice.Server.Management.Apis;

/// <summary>Which version to publish; null publishes the newest.</summary>
internal sealed record PublishRequest([property: Description("The version to publish; leave out (or send no body) for the newest.")] long? VersionId);
