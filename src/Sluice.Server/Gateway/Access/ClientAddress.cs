using Microsoft.AspNetCore.Http;

namespace Sluice.Server.Gateway.Access;

/// <summary>The caller's IP, as every limiter and record sees it: the connection's peer, which
/// ASP.NET's ForwardedHeaders middleware has already replaced — behind TRUSTED_PROXY_COUNT
/// proxies — with the X-Forwarded-For entry that many hops from the right. Entries further
/// left are chosen by the caller and are never trusted; without trusted proxies the header is
/// ignored.</summary>
internal static class ClientAddress
{
    public static string Of(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
