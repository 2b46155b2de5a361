using System.Net;
using Sluice.IntegrationTests.Infrastructure;

namespace Sluice.IntegrationTests.Gateway;

/// <summary>Publishing while requests are in flight: none fails, each sees a whole version.</summary>
public sealed class SnapshotSwapTests(SqliteGateway fixture) : IClassFixture<SqliteGateway>
{
    [Fact]
    public async Task Publish_UnderConcurrentRequests_NoRequestFails()
    {
        var (id, path) = await fixture.PublishAsync("SELECT 'v1' AS version, COUNT(*) AS n FROM items");
        using (await fixture.Server.Http.PatchJsonAsync($"/api/v1/apis/{id}", new { content = "SELECT 'v2' AS version, COUNT(*) AS n FROM items" }, fixture.Token))
        using (await fixture.Server.Http.PostJsonAsync($"/api/v1/apis/{id}/versions", new { commit_message = "v2" }, fixture.Token))
        {
        }
        var versions = (await (await fixture.Server.Http.GetAsync($"/api/v1/apis/{id}/versions", fixture.Token)).ReadJsonAsync())["data"]!.AsArray()
            .Select(v => (long)v!["id"]!).ToArray();

        // Callers run until the publisher has swapped versions a fixed number of times.
        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        var failures = 0;
        var seen = new System.Collections.Concurrent.ConcurrentDictionary<string, int>();
        var callers = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                using var response = await fixture.Server.Http.GetAsync($"/api/{path}");
                var body = await response.ReadJsonAsync();
                if (response.StatusCode != HttpStatusCode.OK || (long)body["data"]![0]!["n"]! != GatewayFixture<SqliteTestDatasource>.ItemCount)
                {
                    Interlocked.Increment(ref failures);
                }
                seen.AddOrUpdate((string)body["data"]![0]!["version"]!, 1, (_, n) => n + 1);
            }
        })).ToArray();
        const int Publishes = 8;
        for (var publishes = 0; publishes < Publishes && !stop.IsCancellationRequested; publishes++)
        {
            using var publish = await fixture.Server.Http.PostJsonAsync($"/api/v1/apis/{id}/publish", new { version_id = versions[publishes % 2] }, fixture.Token);
            Assert.Equal(HttpStatusCode.OK, publish.StatusCode);
            // Before the next swap, the callers serve 16 more requests: at most 8 of them started
            // before this publish, so at least 8 saw this version.
            var servedBefore = seen.Values.Sum();
            await Eventually.UntilAsync(() => Task.FromResult(seen.Values.Sum() >= servedBefore + 16), "callers served requests after a publish");
        }
        await stop.CancelAsync();
        await Task.WhenAll(callers);

        Assert.Equal(0, failures);
        Assert.Equal(["v1", "v2"], seen.Keys.Order());
    }

    [Fact]
    public async Task Get_MoreRowsThanTheCap_IsTruncatedAndSaysSo()
    {
        var (_, path) = await fixture.PublishAsync("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200000) SELECT i FROM n");

        using var ndjson = new HttpRequestMessage(HttpMethod.Get, $"/api/{path}");
        ndjson.Headers.Accept.ParseAdd("application/x-ndjson");
        using var response = await fixture.Server.Http.SendAsync(ndjson, HttpCompletionOption.ResponseHeadersRead);
        var lines = 0;
        using (var reader = new StreamReader(await response.Content.ReadAsStreamAsync()))
        {
            while (await reader.ReadLineAsync() is not null)
            {
                lines++;
            }
        }
        Assert.Equal(10_000, lines);

        using var json = await fixture.Server.Http.GetAsync($"/api/{path}");
        var body = await json.ReadJsonAsync();
        Assert.True((bool)body["truncated"]!);
        Assert.Equal(10_000, body["data"]!.AsArray().Count);
    }

    [Fact]
    public async Task Post_BodyOverTheLimit_Returns413()
    {
        var (_, path) = await fixture.PublishAsync("SELECT {{ text }} AS t",
            """[{"name": "text", "location": "body", "data_type": "string"}]""", method: "POST");
        using var response = await fixture.Server.Http.PostJsonAsync($"/api/{path}", new { text = new string('x', 2_000_000) });
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.False((bool)(await response.ReadJsonAsync())["success"]!);
    }
}
