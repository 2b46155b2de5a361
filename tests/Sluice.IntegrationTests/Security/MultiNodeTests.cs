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

        // Never more than the limit across the three nodes. On a loaded machine a Redis call can
        // time out and be refused on the safe side, so fewer may be admitted, never more.
        var distribution = string.Join(", ", statuses.GroupBy(s => s).Select(g => $"{(int)g.Key}: {g.Count()}"));
        var admitted = statuses.Count(s => s == HttpStatusCode.OK);
        Assert.True(admitted is >= 30 and <= 60, distribution);
        Assert.True(statuses.All(s => s is HttpStatusCode.OK or HttpStatusCode.TooManyRequests), distribution);

        // Concurrency slots are shared too: at most two requests in flight across all nodes.
        using var slow = await a.Http.PostJsonAsync("/api/v1/apis", new
        {
            name = "slow", path = "slow", datasource_id = datasourceId,
            content = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 4000000) SELECT COUNT(*) AS c FROM n",
        }, admin);
        var slowId = (long)(await slow.ReadJsonAsync())["id"]!;
        using (await a.Http.PostJsonAsync($"/api/v1/apis/{slowId}/versions", new { commit_message = "v1" }, admin))
        using (await a.Http.PostJsonAsync($"/api/v1/apis/{slowId}/publish", new { }, admin))
        {
        }
        using var narrow = await a.Http.PostJsonAsync("/api/v1/clients", new { name = "narrow", api_ids = new[] { slowId }, max_concurrent = 2 }, admin);
        var narrowBody = await narrow.ReadJsonAsync();
        var narrowTokens = new List<string>();
        foreach (var node in nodes)
        {
            narrowTokens.Add(await EventuallyAsync(async () =>
            {
                using var response = await node.Http.PostJsonAsync("/api/token/generate",
                    new { client_id = (string)narrowBody["client_id"]!, client_secret = (string)narrowBody["client_secret"]!, grant_type = "client_credentials" });
                return response.IsSuccessStatusCode ? (string?)(await response.ReadJsonAsync())["access_token"] : null;
            }));
        }
        var slowStatuses = await Task.WhenAll(Enumerable.Range(0, 9).Select(async i =>
        {
            using var response = await nodes[i % 3].Http.GetAsync("/api/slow", narrowTokens[i % 3]);
            return response.StatusCode;
        }));
        Assert.InRange(slowStatuses.Count(s => s == HttpStatusCode.OK), 1, 2);
        Assert.Equal(9, slowStatuses.Count(s => s is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable));
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
