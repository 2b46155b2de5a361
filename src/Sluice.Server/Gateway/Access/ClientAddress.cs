using Microsoft.AspNetCore.Http;

namespace Sluice.Server.Gateway.Access;

/// <summary>The caller's IP: the connection's peer, or — behind TRUSTED_PROXY_COUNT proxies —
/// the X-Forwarded-For entry that many hops from the right. Entries further left are chosen by
/// the caller and are never trusted.</summary>
internal static class ClientAddress
{
    public static string Resolve(HttpContext context, int trustedProxyCount)
    {
        var peer = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (trustedProxyCount <= 0)
        {
            return peer;
        }
        var header = context.Request.Headers["X-Forwarded-For"].ToString();
        if (header.Length == 0)
        {
            return peer;
        }
        var hops = header.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return hops.Length >= trustedProxyCount ? hops[^trustedProxyCount] : hops[0];
    }
}
