using System.Net;
using System.Text.Json.Nodes;
using Sluice.IntegrationTests.Infrastructure;
using Sluice.TestSupport;

namespace Sluice.IntegrationTests.Security;

/// <summary>Token revocation decided on one node holds on another that learns of it through the
/// shared metadata store and Redis, with its own cache of checked tokens.</summary>
public sealed class MultiNodeRevocationTests
{
    [Fact]
    public async Task Token_ClientReactivatedOnAnotherNode_OldTokenStaysDeadOnEveryNode()
    {
        await using var cluster = await SharedNodes.StartAsync(2);
        var (a, b) = (cluster.Nodes[0], cluster.Nodes[1]);
        var admin = cluster.Admin;
        var apiId = cluster.PingApiId;
        using var created = await a.Http.PostJsonAsync("/api/v1/clients", new { name = "revoked", api_ids = new[] { apiId } }, admin);
        var client = await created.ReadJsonAsync();
        var clientId = (long)client["id"]!;

        // Node b issues the token and serves it (so its cache of checked tokens holds it).
        var oldToken = await SharedNodes.TokenAsync(b, client);
        Assert.Equal(HttpStatusCode.OK, await EventuallyStatusAsync(b, oldToken, HttpStatusCode.OK));

        using (var off = await a.Http.PatchJsonAsync($"/api/v1/clients/{clientId}", new { is_active = false }, admin))
        using (var on = await a.Http.PatchJsonAsync($"/api/v1/clients/{clientId}", new { is_active = true }, admin))
        {
            Assert.Equal(HttpStatusCode.OK, off.StatusCode);
            Assert.Equal(HttpStatusCode.OK, on.StatusCode);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, await EventuallyStatusAsync(b, oldToken, HttpStatusCode.Unauthorized));
        using (var onA = await a.Http.GetAsync("/api/ping", oldToken))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, onA.StatusCode);
        }
        var newToken = await SharedNodes.TokenAsync(b, client);
        Assert.Equal(HttpStatusCode.OK, await EventuallyStatusAsync(b, newToken, HttpStatusCode.OK));
        using var stillDead = await b.Http.GetAsync("/api/ping", oldToken);
        Assert.Equal(HttpStatusCode.Unauthorized, stillDead.StatusCode);
    }

    // The other node learns of changes within a second or so; this waits far longer before failing.
    private static async Task<HttpStatusCode> EventuallyStatusAsync(SluiceProcess node, string token, HttpStatusCode wanted)
    {
        var status = default(HttpStatusCode);
        await Eventually.UntilAsync(async () =>
        {
            using var response = await node.Http.GetAsync("/api/ping", token);
            status = response.StatusCode;
            return status == wanted;
        }, $"/api/ping answering {(int)wanted} on the node");
        return status;
    }
}
