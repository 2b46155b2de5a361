using System.Net;
using System.Net.Http;
using System.Net.Sockets;

namespace Sluice.Core.Scripting.Hosts;

/// <summary>Opens the connections of script requests, resolving the host itself and dialling only
/// the addresses <see cref="ScriptHttpPolicy"/> permits. Checking here, on the address actually
/// dialled, is what defeats DNS rebinding: a name cannot resolve to a public address when it is
/// checked and to a private one when it is used.</summary>
internal static class ScriptHttpConnector
{
    public static async ValueTask<Stream> ConnectAsync(ScriptHttpPolicy policy, SocketsHttpConnectionContext context,
        CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var port = context.DnsEndPoint.Port;
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken);
        var permitted = new List<IPAddress>(addresses.Length);
        (IPAddress Address, string Kind)? refused = null;
        foreach (var address in addresses)
        {
            if (policy.CheckAddress(new IPEndPoint(address, port)) is { } kind)
            {
                refused ??= (address, kind);
            }
            else
            {
                permitted.Add(address);
            }
        }
        if (permitted.Count == 0)
        {
            throw new ScriptHostException(refused is not { } first ? $"{host} has no address; check the host name."
                : literal is not null ? $"{host} is {first.Kind} address; scripts may call public addresses only."
                : $"{host} resolves to {first.Address}, {first.Kind} address; scripts may call public addresses only.");
        }
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(permitted.ToArray(), port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
