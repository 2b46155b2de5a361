using Sluice.Core.Clients;

namespace Sluice.Server.Gateway;

/// <summary>Everything the gateway serves at one metadata revision. Immutable: a change builds
/// a new snapshot and swaps it in whole, so a request never sees a half-built state.</summary>
/// <remarks>Client states ride along, so revoking or rotating a client takes effect without a
/// database hit per request.</remarks>
internal sealed record GatewaySnapshot(long Revision, IReadOnlyList<ApiModel> Apis, IReadOnlyDictionary<long, DatasourceModel> Datasources,
    IReadOnlyDictionary<string, ClientGrant> Clients, IReadOnlyList<string> Problems, DateTimeOffset BuiltAt)
{
    /// <summary>The published paths indexed for 404 and 405 answers, built once with the snapshot.</summary>
    public GatewayRoutes Routes { get; } = new(Apis);

    public static GatewaySnapshot Empty { get; } = new(0, [], new Dictionary<long, DatasourceModel>(), new Dictionary<string, ClientGrant>(), [],
        DateTimeOffset.MinValue);
}
