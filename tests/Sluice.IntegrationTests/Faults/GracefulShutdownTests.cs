using System.Net;
using Dapper;
using Sluice.IntegrationTests.Infrastructure;

namespace Sluice.IntegrationTests.Faults;

/// <summary>SIGTERM while requests are in flight: they finish, and every answered request has
/// its access record once the process has exited.</summary>
public sealed class GracefulShutdownTests
{
    private const int Held = 4;

    [Fact]
    public async Task Serve_SigtermWithRequestsInFlight_FinishesThemAndLosesNoAccessRecord()
    {
        await using var store = new SqliteTestStore();
        await using var database = new PostgresTestDatasource();
        await using var gate = await AdvisoryGate.CloseAsync(database.ConnectionString);
        var node = await SluiceProcess.StartAsync(SluiceInstance.DefaultSettings(store.DatabaseUrl));
        var answered = new List<string>();
        try
        {
            var admin = (await node.Http.LoginOkAsync()).AccessToken;
            using var created = await node.Http.PostJsonAsync("/api/v1/datasources", new Dictionary<string, object?>(database.Definition) { ["name"] = "d" }, admin);
            var datasourceId = (long)(await created.ReadJsonAsync())["id"]!;
            await PublishAsync(node, admin, datasourceId, "quick", "SELECT 1 AS one");
            await PublishAsync(node, admin, datasourceId, "held", gate.WaitSql);

            // A burst of calls, then calls held at the gate while the process is told to stop.
            var burst = await Task.WhenAll(Enumerable.Range(0, 200).Select(async _ =>
            {
                using var response = await node.Http.GetAsync("/api/quick");
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                return response.Headers.GetValues("X-Request-ID").Single();
            }));
            answered.AddRange(burst);
            var held = Enumerable.Range(0, Held).Select(_ => node.Http.GetAsync("/api/held")).ToArray();
            await gate.UntilWaitingAsync(Held);

            var stopped = node.StopAsync();
            await Eventually.UntilAsync(() => Task.FromResult(node.Output.Contains("Application is shutting down", StringComparison.Ordinal)),
                "the process began its graceful shutdown");
            await gate.OpenAsync();
            foreach (var call in held)
            {
                using var response = await Eventually.CompletesAsync(call, "a call in flight at SIGTERM");
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                answered.Add(response.Headers.GetValues("X-Request-ID").Single());
            }
            Assert.Equal(0, await Eventually.CompletesAsync(stopped, "the process exiting"));
        }
        finally
        {
            await node.DisposeAsync();
        }

        var config = Core.Storage.DatabaseUrl.TryParse(store.DatabaseUrl, Directory.GetCurrentDirectory(), out _)!;
        await using var db = new Core.Storage.MetadataDb(config);
        await using var connection = await db.OpenAsync();
        var recorded = (await connection.QueryAsync<string>("SELECT request_id FROM access_logs")).ToHashSet();
        Assert.Equal(200 + Held, answered.Count);
        Assert.All(answered, id => Assert.Contains(id, recorded));
        Assert.Equal(answered.Count, recorded.Count);
    }

    private static async Task PublishAsync(SluiceProcess node, string admin, long datasourceId, string path, string sql)
    {
        using var api = await node.Http.PostJsonAsync("/api/v1/apis", new { name = path, path, datasource_id = datasourceId, access_type = "public", content = sql }, admin);
        var apiId = (long)(await api.ReadJsonAsync())["id"]!;
        using var version = await node.Http.PostJsonAsync($"/api/v1/apis/{apiId}/versions", new { commit_message = "v1" }, admin);
        Assert.True(version.IsSuccessStatusCode, await version.Content.ReadAsStringAsync());
        using var publish = await node.Http.PostJsonAsync($"/api/v1/apis/{apiId}/publish", new { }, admin);
        Assert.True(publish.IsSuccessStatusCode, await publish.Content.ReadAsStringAsync());
    }
}
