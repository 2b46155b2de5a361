using System.Net;
using Sluice.IntegrationTests.Gateway;
using Sluice.IntegrationTests.Infrastructure;

namespace Sluice.IntegrationTests.Security;

/// <summary>Redis stopped and restarted under a running gateway: requests keep being served
/// with per-node limits, health names redis, and the node returns to Redis by itself.</summary>
public sealed class RedisOutageTests
{
    [Fact]
    public async Task Gateway_RedisStoppedAndRestarted_KeepsServingWithLocalLimitsThenRecovers()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var store = new SqliteTestStore();
        await using var database = new SqliteTestDatasource();
        await database.ExecuteAsync("CREATE TABLE t (id INTEGER)");
        var settings = SluiceInstance.DefaultSettings(store.DatabaseUrl);
        settings["REDIS_URL"] = redis.Url;
        await using var server = await SluiceInstance.StartAsync(settings);
        var admin = (await server.Http.LoginOkAsync()).AccessToken;
        using var datasource = await server.Http.PostJsonAsync("/api/v1/datasources", new Dictionary<string, object?>(database.Definition) { ["name"] = "d" }, admin);
        var datasourceId = (long)(await datasource.ReadJsonAsync())["id"]!;
        using var api = await server.Http.PostJsonAsync("/api/v1/apis", new { name = "x", path = "x", datasource_id = datasourceId, content = "SELECT 1 AS one" }, admin);
        var apiId = (long)(await api.ReadJsonAsync())["id"]!;
        using (await server.Http.PostJsonAsync($"/api/v1/apis/{apiId}/versions", new { commit_message = "v1" }, admin))
        using (await server.Http.PostJsonAsync($"/api/v1/apis/{apiId}/publish", new { }, admin))
        {
        }
        using var client = await server.Http.PostJsonAsync("/api/v1/clients", new { name = "c", api_ids = new[] { apiId }, rate_limit_per_minute = 3 }, admin);
        var body = await client.ReadJsonAsync();
        using var tokenResponse = await server.Http.PostJsonAsync("/api/token/generate",
            new { client_id = (string)body["client_id"]!, client_secret = (string)body["client_secret"]!, grant_type = "client_credentials" });
        var token = (string)(await tokenResponse.ReadJsonAsync())["access_token"]!;

        await redis.KillAsync();
        var during = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await server.Http.GetAsync("/api/x", token);
            during.Add(response.StatusCode);
        }
        // Served while Redis is down, and still limited (per node), never unlimited.
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], during);
        using (var health = await server.Http.GetAsync("/api/v1/utils/health-check/"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
            Assert.Contains("redis", (await health.ReadJsonAsync())["data"]!.AsArray().Select(n => (string?)n));
        }

        using (var metrics = await server.Http.GetAsync("/api/v1/utils/metrics"))
        {
            var text = await metrics.Content.ReadAsStringAsync();
            Assert.Contains("sluice_flow_fallbacks_total 1", text, StringComparison.Ordinal);
            Assert.Contains("sluice_flow_degraded 1", text, StringComparison.Ordinal);
        }

        await redis.StartServerAsync();
        await Eventually.UntilAsync(async () =>
        {
            using var health = await server.Http.GetAsync("/api/v1/utils/health-check/");
            return health.StatusCode == HttpStatusCode.OK;
        }, "health-check answers true once Redis is back");

        // Back on Redis: past the (fake) cooldown a request probes Redis, and the restarted
        // (empty) Redis window admits the client, which the local window would not.
        await Eventually.UntilAsync(async () =>
        {
            server.Time.Advance(TimeSpan.FromSeconds(5));
            using var response = await server.Http.GetAsync("/api/x", token);
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.TooManyRequests, $"{(int)response.StatusCode}");
            return response.StatusCode == HttpStatusCode.OK;
        }, "the client admitted by Redis again");
        using var metricsAfter = await server.Http.GetAsync("/api/v1/utils/metrics");
        Assert.Contains("sluice_flow_degraded 0", await metricsAfter.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
