using System.Net;
using System.Text.Json.Nodes;
using Sluice.IntegrationTests.Infrastructure;

namespace Sluice.IntegrationTests.Observability;

public sealed class HealthTests
{
    [Fact]
    public async Task HealthCheck_PostgresStopped_Returns503ListingPostgres()
    {
        await using var cluster = await PostgresCluster.StartAsync();
        await using var server = await SluiceInstance.StartAsync(SluiceInstance.DefaultSettings(cluster.DatabaseUrl));

        using (var healthy = await server.Http.GetAsync("/api/v1/utils/health-check/"))
        {
            Assert.Equal(HttpStatusCode.OK, healthy.StatusCode);
            Assert.Equal("true", await healthy.Content.ReadAsStringAsync());
        }

        await cluster.StopServerAsync();
        using (var down = await server.Http.GetAsync("/api/v1/utils/health-check/"))
        {
            var body = await down.ReadJsonAsync();
            Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
            Assert.False((bool)body["success"]!);
            Assert.Equal("Service Unavailable", (string?)body["message"]);
            Assert.Equal(["postgres"], body["data"]!.AsArray().Select(item => (string?)item));
        }
        using (var liveness = await server.Http.GetAsync("/api/v1/utils/liveness/"))
        {
            Assert.Equal(HttpStatusCode.OK, liveness.StatusCode);
        }

        await cluster.StartServerAsync();
        // A pooled connection the stop broke may fail one more check; then it answers true.
        await Eventually.UntilAsync(async () =>
        {
            using var recovered = await server.Http.GetAsync("/api/v1/utils/health-check/");
            return recovered.StatusCode == HttpStatusCode.OK;
        }, "health-check answers true after PostgreSQL is back");
    }

    [Fact]
    public async Task HealthCheck_RedisConfiguredAndUp_ReturnsTrue()
    {
        await using var store = new SqliteTestStore();
        var settings = SluiceInstance.DefaultSettings(store.DatabaseUrl);
        settings["REDIS_URL"] = TestServices.RedisUrl;
        await using var server = await SluiceInstance.StartAsync(settings);

        using var response = await server.Http.GetAsync("/api/v1/utils/health-check/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task HealthCheck_RedisUnreachable_Returns503ListingRedis()
    {
        await using var store = new SqliteTestStore();
        var settings = SluiceInstance.DefaultSettings(store.DatabaseUrl);
        settings["REDIS_URL"] = "redis://127.0.0.1:1/0";
        await using var server = await SluiceInstance.StartAsync(settings);

        using var response = await server.Http.GetAsync("/api/v1/utils/health-check/");
        var body = await response.ReadJsonAsync();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(["redis"], body["data"]!.AsArray().Select(item => (string?)item));
    }

    [Fact]
    public async Task HealthCheck_ServedWithoutMigrating_ReportsMigrationsNotAtHead()
    {
        await using var store = new SqliteTestStore();
        await using var server = await SluiceInstance.StartAsync(SluiceInstance.DefaultSettings(store.DatabaseUrl), "--no-migrate");

        using var response = await server.Http.GetAsync("/api/v1/utils/health-check/");
        var body = await response.ReadJsonAsync();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(["migrations_not_at_head"], body["data"]!.AsArray().Select(item => (string?)item));
    }
}
