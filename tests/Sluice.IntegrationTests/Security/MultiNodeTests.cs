using System.Net;
using System.Text.Json.Nodes;
using Sluice.IntegrationTests.Infrastructure;

namespace Sluice.IntegrationTests.Security;

/// <summary>Three server processes on loopback sharing one PostgreSQL metadata store and one Redis.</summary>
public sealed class MultiNodeTests
{
    [Fact]
    public async Task ThreeNodes_SharedRedis_AdmitAtMostTheLimitAndSwapTogether()
    {
        await using var store = new PostgresTestStore();
        var settings = SluiceInstance.DefaultSettings(store.DatabaseUrl);
        settings["REDIS_URL"] = TestServices.RedisUrl;
        var file = Path.Combine(Directory.CreateTempSubdirectory("sluice-multi-").FullName, "data.db");
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + file))
        {
            await connection.OpenAsync();
        }
        await using var a = await SluiceProcess.StartAsync(settings);
        await using var b = await SluiceProcess.StartAsync(settings);
        await using var c = await SluiceProcess.StartAsync(settings);
        SluiceProcess[] nodes = [a, b, c];

        var admin = (await a.Http.LoginOkAsync()).AccessToken;
        using var datasource = await a.Http.PostJsonAsync("/api/v1/datasources", new { name = "local", product_type = "sqlite", database = file }, admin);
        var datasourceId = (long)(await datasource.ReadJsonAsync())["id"]!;
        using var api = await a.Http.PostJsonAsync("/api/v1/apis", new { name = "ping", path = "ping", datasource_id = datasourceId, content = "SELECT 1 AS one" }, admin);
        var apiId = (long)(await api.ReadJsonAsync())["id"]!;
        using (await a.Http.PostJsonAsync($"/api/v1/apis/{apiId}/versions", new { commit_message = "v1" }, admin))
        using (await a.Http.PostJsonAsync($"/api/v1/apis/{apiId}/publish", new { }, admin))
        {
        }
        using var client = await a.Http.PostJsonAsync("/api/v1/clients", new { name = "multi", api_ids = new[] { apiId }, rate_limit_per_minute = 60 }, admin);
        var clientBody = await client.ReadJsonAsync();

        // The other nodes learn of the new API and client within a second (pub/sub, poll as fallback).
        var tokens = new List<string>();
        foreach (var node in nodes)
        {
            tokens.Add(await EventuallyAsync(async () =>
            {
                using var response = await node.Http.PostJsonAsync("/api/token/generate",
                    new { client_id = (string)clientBody["client_id"]!, client_secret = (string)clientBody["client_secret"]!, grant_type = "client_credentials" });
                return response.IsSuccessStatusCode ? (string?)(await response.ReadJsonAsync())["access_token"] : null;
            }));
        }

        var statuses = await Task.WhenAll(Enumerable.Range(0, 150).Select(async i =>
        {
            var node = nodes[i % 3];
            using var response = await node.Http.GetAsync("/api/ping", tokens[i % 3]);
            return response.StatusCode;
        }));

        Assert.Equal(60, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(90, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
    }

    private static async Task<string> EventuallyAsync(Func<Task<string?>> attempt)
    {
        var deadline = DateTime.UtcNow.AddSeconds(1.5);
        while (true)
        {
            if (await attempt() is { } value)
            {
                return value;
            }
            Assert.True(DateTime.UtcNow < deadline, "the change did not reach the node within a second");
            await Task.Delay(50);
        }
    }
}
