using Sluice.Core.Clients;

namespace Sluice.Server.Gateway.Access;

/// <summary>Who is calling: an authenticated client (private APIs) or an address (public APIs).
/// <see cref="FlowKey"/> is what rate and concurrency limits count against.</summary>
internal sealed record GatewayCaller(ClientGrant? Client, string Address)
{
    public string FlowKey { get; } = Client is { } grant ? "client:" + grant.Client.ClientId : "ip:" + Address;
}
