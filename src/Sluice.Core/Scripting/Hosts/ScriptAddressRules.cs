using System.Net;
using System.Net.Sockets;

namespace Sluice.Core.Scripting.Hosts;

/// <summary>Which resolved addresses a script's request may connect to: public unicast only.
/// Checked on the address actually dialled, so neither a DNS answer nor a redirect can lead a
/// script into the server's own network or to a cloud metadata service.</summary>
internal static class ScriptAddressRules
{
    // Cloud metadata services (AWS, GCP, Azure, OpenStack; AWS over IPv6; ECS; Alibaba).
    private static readonly IPAddress[] Metadata =
    [
        IPAddress.Parse("169.254.169.254"), IPAddress.Parse("fd00:ec2::254"),
        IPAddress.Parse("169.254.170.2"), IPAddress.Parse("100.100.100.200"),
    ];

    private static readonly (IPNetwork Network, string Kind)[] Refused =
    [
        (IPNetwork.Parse("0.0.0.0/8"), "an unspecified"),
        (IPNetwork.Parse("127.0.0.0/8"), "a loopback"),
        (IPNetwork.Parse("10.0.0.0/8"), "a private"),
        (IPNetwork.Parse("172.16.0.0/12"), "a private"),
        (IPNetwork.Parse("192.168.0.0/16"), "a private"),
        (IPNetwork.Parse("169.254.0.0/16"), "a link-local"),
        (IPNetwork.Parse("100.64.0.0/10"), "a carrier-grade NAT"),
        (IPNetwork.Parse("192.0.0.0/24"), "a reserved"),
        (IPNetwork.Parse("198.18.0.0/15"), "a reserved"),
        (IPNetwork.Parse("224.0.0.0/4"), "a multicast"),
        (IPNetwork.Parse("240.0.0.0/4"), "a reserved"),
        (IPNetwork.Parse("::/128"), "an unspecified"),
        (IPNetwork.Parse("::1/128"), "a loopback"),
        (IPNetwork.Parse("fc00::/7"), "a private"),
        (IPNetwork.Parse("fec0::/10"), "a private"),
        (IPNetwork.Parse("fe80::/10"), "a link-local"),
        (IPNetwork.Parse("ff00::/8"), "a multicast"),
    ];

    // IPv6 forms that carry an IPv4 address a gateway may forward to: NAT64 (RFC 6052) and the
    // deprecated IPv4-compatible form; IPv4-mapped addresses are handled by MapToIPv4.
    private static readonly IPNetwork Nat64 = IPNetwork.Parse("64:ff9b::/96");
    private static readonly IPNetwork Compatible = IPNetwork.Parse("::/96");

    /// <summary>Null when a script may connect to <paramref name="address"/>; else what kind of
    /// address it is, e.g. "a loopback" (to be followed by "address").</summary>
    public static string? Refusal(IPAddress address)
    {
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            if (address.IsIPv4MappedToIPv6)
            {
                return Refusal(address.MapToIPv4());
            }
            if ((Nat64.Contains(address) || Compatible.Contains(address)) && !address.Equals(IPAddress.IPv6Loopback)
                && !address.Equals(IPAddress.IPv6Any))
            {
                return Refusal(new IPAddress(address.GetAddressBytes()[12..]));
            }
        }
        if (Array.Exists(Metadata, address.Equals))
        {
            return "a cloud metadata";
        }
        if (address.Equals(IPAddress.Broadcast))
        {
            return "a broadcast";
        }
        foreach (var (network, kind) in Refused)
        {
            if (network.Contains(address))
            {
                return kind;
            }
        }
        return null;
    }
}
