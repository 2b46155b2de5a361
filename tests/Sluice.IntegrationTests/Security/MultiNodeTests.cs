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
        await using var cluster = await SharedNodes.StartAsync(3);
        var nodes = cluster.Nodes;
        var (a, b, c) = (nodes[0], nodes[1], nodes[2]);
        var admin = cluster.Admin;
        using var client = await a.Http.PostJsonAsync("/api/v1/clients", new { name = "multi", api_ids = new[] { cluster.PingApiId }, rate_limit_per_minute = 60 }, admin);
        var clientBody = await client.ReadJsonAsync();
        var tokens = new List<string>();
        foreach (var node in nodes)
        {
            tokens.Add(await SharedNodes.TokenAsync(node, clientBody));
        }

        var statuses = await Task.WhenAll(Enumerable.Range(0, 150).Select(async i =>
        {
            var node = nodes[i % 3];
            using var response = await node.Http.GetAsync("/api/ping", tokens[i % 3]);
            return response.StatusCode;
        }));

        // Exactly the limit across the three nodes while they use Redis. A node whose Redis call
        // timed out on a loaded machine counts on its own (and says so in its metrics) until it
        // returns to Redis, so the shared count no longer binds it.
        var distribution = string.Join(", ", statuses.GroupBy(s => s).Select(g => $"{(int)g.Key}: {g.Count()}"));
        var admitted = statuses.Count(s => s == HttpStatusCode.OK);
        Assert.True(statuses.All(s => s is HttpStatusCode.OK or HttpStatusCode.TooManyRequests), distribution);
        var fellBack = 0;
        foreach (var node in nodes)
        {
            fellBack += await FallbacksAsync(node) > 0 ? 1 : 0;
        }
        if (fellBack == 0)
        {
            Assert.True(admitted == 60, distribution);
        }
        else
        {
            Assert.True(admitted is >= 1 and <= 60 * 4, distribution);
        }

        // Concurrency slots are shared too: two calls held on two nodes fill the client's slots,
        // and the third node refuses a third call.
        await using var gated = new PostgresTestDatasource();
        await using var gate = await AdvisoryGate.CloseAsync(gated.ConnectionString);
        using var gatedSource = await a.Http.PostJsonAsync("/api/v1/datasources",
            new Dictionary<string, object?>(gated.Definition) { ["name"] = "gated" }, admin);
        var gatedId = (long)(await gatedSource.ReadJsonAsync())["id"]!;
        using var slow = await a.Http.PostJsonAsync("/api/v1/apis", new { name = "slow", path = "slow", datasource_id = gatedId, content = gate.WaitSql }, admin);
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
            narrowTokens.Add(await SharedNodes.TokenAsync(node, narrowBody));
        }
        // A node that issues the client's token has the snapshot with the API it was granted.
        var first = a.Http.GetAsync("/api/slow", narrowTokens[0]);
        await gate.UntilWaitingAsync(1);
        var second = b.Http.GetAsync("/api/slow", narrowTokens[1]);
        await gate.UntilWaitingAsync(2);
        using (var refused = await c.Http.GetAsync("/api/slow", narrowTokens[2]))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.NotNull(refused.Headers.RetryAfter);
        }
        await gate.OpenAsync();
        foreach (var held in new[] { first, second })
        {
            using var response = await Eventually.CompletesAsync(held, "a held call after the gate opened");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    private static async Task<long> FallbacksAsync(SluiceProcess node)
    {
        using var response = await node.Http.GetAsync("/api/v1/utils/metrics");
        var text = await response.Content.ReadAsStringAsync();
        var match = System.Text.RegularExpressions.Regex.Match(text, @"^sluice_flow_fallbacks_total(?:\{[^}]*\})? (\d+)", System.Text.RegularExpressions.RegexOptions.Multiline);
        return match.Success ? long.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
    }
}
