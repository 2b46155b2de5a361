using System.Net;
using Microsoft.AspNetCore.Http;
using Sluice.Server.Gateway.Access;

namespace Sluice.Tests.Gateway;

public sealed class ClientAddressTests
{
    [Theory]
    [InlineData(0, "203.0.113.7, 10.0.0.2", "10.9.9.9")]
    [InlineData(1, "203.0.113.7, 10.0.0.2", "10.0.0.2")]
    [InlineData(2, "203.0.113.7, 10.0.0.2", "203.0.113.7")]
    [InlineData(2, "6.6.6.6, 203.0.113.7, 10.0.0.2", "203.0.113.7")]
    [InlineData(1, "", "10.9.9.9")]
    public void Resolve_TrustsOnlyTheConfiguredHops(int trusted, string forwardedFor, string expected)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse("10.9.9.9");
        if (forwardedFor.Length > 0)
        {
            context.Request.Headers["X-Forwarded-For"] = forwardedFor;
        }
        Assert.Equal(expected, ClientAddress.Resolve(context, trusted));
    }
}
