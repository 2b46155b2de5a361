using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Sluice.IntegrationTests.Infrastructure;

namespace Sluice.IntegrationTests.Security;

/// <summary>Token revocation decided on one node holds on another that learns of it through the
/// shared metadata store and Redis, with its own cache of checked tokens.</summary>
public sealed class MultiNodeRevocationTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Token_ClientReactivatedOnAnotherNode_OldTokenStaysDeadOnEveryNode()
    {
        await using var store = new PostgresTestStore();
        var settings = SluiceInstance.DefaultSettings(store.DatabaseUrl);
        settings["REDIS_URL"] = TestServices.RedisUrl;
        var file = Path.Combine(Directory.CreateTempSubdirectory("sluice-revoke-").FullName, "data.db");
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + file))
        {
            await connection.OpenAsync();
        }
        await using var a = await SluiceProcess.StartAsync(settings);
        await using var b = await SluiceProcess.StartAsync(settings);

        var admin = (await a.Http.LoginOkAsync()).AccessToken;
        using var datasource = await a.Http.PostJsonAsync("/api/v1/datasources", new { name = "local", product_type = "sqlite", database = file }, admin);
        var datasourceId = (long)(await datasource.ReadJsonAsync())["id"]!;
        using var api = await a.Http.PostJsonAsync("/api/v1/apis", new { name = "ping", path = "ping", datasource_id = datasourceId, content = "SELECT 1 AS one" }, admin);
        var apiId = (long)(await api.ReadJsonAsync())["id"]!;
        using (await a.Http.PostJsonAsync($"/api/v1/apis/{apiId}/versions", new { commit_message = "v1" }, admin))
        using (await a.Http.PostJsonAsync($"/api/v1/apis/{apiId}/publish", new { }, admin))
        {
        }
        using var created = await a.Http.PostJsonAsync("/api/v1/clients", new { name = "revoked", api_ids = new[] { apiId } }, admin);
        var client = await created.ReadJsonAsync();
        var clientId = (long)client["id"]!;

        // Node b issues the token and serves it (so its cache of checked tokens holds it).
        var oldToken = await EventuallyAsync(() => TokenAsync(b, client));
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
        var newToken = await EventuallyAsync(() => TokenAsync(b, client));
        Assert.Equal(HttpStatusCode.OK, await EventuallyStatusAsync(b, newToken, HttpStatusCode.OK));
        using var stillDead = await b.Http.GetAsync("/api/ping", oldToken);
        Assert.Equal(HttpStatusCode.Unauthorized, stillDead.StatusCode);
    }

    private static async Task<string?> TokenAsync(SluiceProcess node, JsonNode client)
    {
        using var response = await node.Http.PostJsonAsync("/api/token/generate",
            new { client_id = (string)client["client_id"]!, client_secret = (string)client["client_secret"]!, grant_type = "client_credentials" });
        return response.IsSuccessStatusCode ? (string?)(await response.ReadJsonAsync())["access_token"] : null;
    }

    // The other node learns of changes within a second or so; this waits far longer before failing.
    private static async Task<HttpStatusCode> EventuallyStatusAsync(SluiceProcess node, string token, HttpStatusCode wanted)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            using var response = await node.Http.GetAsync("/api/ping", token);
            if (response.StatusCode == wanted || waited.Elapsed > Patience)
            {
                return response.StatusCode;
            }
            await Task.Delay(100);
        }
    }

    private static async Task<string> EventuallyAsync(Func<Task<string?>> attempt)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            if (await attempt() is { } value)
            {
                return value;
            }
            Assert.True(waited.Elapsed < Patience, "the change did not reach the other node");
            await Task.Delay(100);
        }
    }
}
