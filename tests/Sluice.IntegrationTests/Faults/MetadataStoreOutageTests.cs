using System.Net;
using Sluice.IntegrationTests.Infrastructure;

namespace Sluice.IntegrationTests.Faults;

/// <summary>The metadata PostgreSQL stops and starts again under a running Sluice: the gateway
/// keeps serving what is published, management and health say the store is down, and both
/// recover without restarting Sluice.</summary>
public sealed class MetadataStoreOutageTests
{
    private const int SnapshotRefreshFailed = 2002;

    [Fact]
    public async Task Server_MetadataStoreStopped_GatewayServesManagementAnswers503AndBothRecover()
    {
        await using var cluster = await PostgresCluster.StartAsync();
        await using var datasource = new SqliteTestDatasource();
        await datasource.ExecuteAsync("CREATE TABLE items (id INTEGER PRIMARY KEY); INSERT INTO items VALUES (1), (2), (3)");
        await using var server = await SluiceInstance.StartAsync(SluiceInstance.DefaultSettings(cluster.DatabaseUrl));
        var admin = (await server.Http.LoginOkAsync()).AccessToken;
        var datasourceId = await server.CreateDatasourceAsync(admin, datasource.Definition);
        var (_, publicPath) = await server.PublishAsync(admin, datasourceId, "SELECT COUNT(*) AS n FROM items");
        var (privateId, privatePath) = await server.PublishAsync(admin, datasourceId, "SELECT COUNT(*) AS n FROM items",
            extra: new() { ["access_type"] = "private" });
        var clientToken = await ClientTokenAsync(server, admin, privateId);

        await cluster.StopServerAsync();
        // The snapshot poller has tried the store and failed: what follows is served from the snapshot.
        await Eventually.UntilAsync(() => Task.FromResult(server.Logs.Messages.Any(m => m.EventId == SnapshotRefreshFailed)),
            "the gateway snapshot refresh failed");

        await AssertServedAsync(server, publicPath, null);
        await AssertServedAsync(server, privatePath, clientToken);
        using (var list = await server.Http.GetAsync("/api/v1/apis", admin))
        {
            await AssertStoreUnavailableAsync(list);
        }
        using (var login = await server.Http.LoginAsync(SluiceInstance.AdminUser, SluiceInstance.AdminPassword))
        {
            await AssertStoreUnavailableAsync(login);
        }
        using (var health = await server.Http.GetAsync("/api/v1/utils/health-check/"))
        {
            var body = await health.ReadJsonAsync();
            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
            Assert.Equal(["postgres"], body["data"]!.AsArray().Select(item => (string?)item));
        }

        await cluster.StartServerAsync();
        await Eventually.UntilAsync(async () =>
        {
            using var health = await server.Http.GetAsync("/api/v1/utils/health-check/");
            return health.StatusCode == HttpStatusCode.OK;
        }, "health-check answers true again");
        await Eventually.UntilAsync(async () =>
        {
            using var list = await server.Http.GetAsync("/api/v1/apis", admin);
            Assert.True(list.StatusCode is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable, $"{(int)list.StatusCode}");
            return list.StatusCode == HttpStatusCode.OK;
        }, "GET /api/v1/apis answers 200 again");
        await server.Http.LoginOkAsync();
        await AssertServedAsync(server, publicPath, null);
        await AssertServedAsync(server, privatePath, clientToken);
    }

    private static async Task<string> ClientTokenAsync(SluiceInstance server, string admin, long apiId)
    {
        using var created = await server.Http.PostJsonAsync("/api/v1/clients", new { name = "outage", api_ids = new[] { apiId } }, admin);
        var client = await created.ReadJsonAsync();
        Assert.True(created.IsSuccessStatusCode, client.ToJsonString());
        using var issued = await server.Http.PostJsonAsync("/api/token/generate",
            new { client_id = (string)client["client_id"]!, client_secret = (string)client["client_secret"]!, grant_type = "client_credentials" });
        var token = await issued.ReadJsonAsync();
        Assert.True(issued.IsSuccessStatusCode, token.ToJsonString());
        return (string)token["access_token"]!;
    }

    private static async Task AssertServedAsync(SluiceInstance server, string path, string? token)
    {
        using var response = await server.Http.GetAsync("/api/" + path, token);
        var body = await response.ReadJsonAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, (long)body["data"]![0]!["n"]!);
    }

    private static async Task AssertStoreUnavailableAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{(int)response.StatusCode} {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Contains("metadata store is unreachable", body, StringComparison.Ordinal);
    }
}
