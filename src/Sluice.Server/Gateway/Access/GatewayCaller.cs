using Microsoft.AspNetCore.Http;
using Sluice.Core.Clients;

namespace Sluice.Server.Gateway.Access;

/// <summary>Who is calling: an authenticated client (private APIs) or an address (public APIs).
/// <see cref="FlowKey"/> is what rate and concurrency limits count against.</summary>
internal sealed record GatewayCaller(ClientGrant? Client, string Address)
{
    private static readonly object ItemKey = new();

    public string FlowKey => Client is { } grant ? "client:" + grant.Client.ClientId : "ip:" + Address;

    /// <summary>Remembers the caller on the request, for the access record.</summary>
    public void AttachTo(HttpContext context) => context.Items[ItemKey] = this;

    /// <summary>The caller remembered on the request, if it got that far.</summary>
    public static GatewayCaller? Of(HttpContext context) => context.Items.TryGetValue(ItemKey, out var value) ? value as GatewayCaller : null;
}
