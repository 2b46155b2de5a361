using Sluice.Core.Apis;

namespace Sluice.Server.Management.Apis;

/// <summary>What test cases run against: the executable parts of an API's draft or of one version,
/// with the cases they carry.</summary>
/// <param name="Version">The version number; null for the draft.</param>
internal sealed record TestTarget(int? Version, string Content, string Params, string Identifiers, string Tests, string? ResultTransform)
{
    public static TestTarget Draft(ApiRecord api) => new(null, api.Content, api.Params, api.Identifiers, api.Tests, api.ResultTransform);

    public static TestTarget Of(ApiVersionRecord version) =>
        new(version.Version, version.Content, version.Params, version.Identifiers, version.Tests, version.ResultTransform);
}
