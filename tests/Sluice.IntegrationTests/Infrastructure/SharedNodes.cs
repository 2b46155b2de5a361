using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Sluice.TestSupport;

namespace Sluice.IntegrationTests.Infrastructure;

/// <summary>Sluice processes sharing one PostgreSQL metadata store and one Redis, as nodes behind
/// a load balancer do, with a SQLite datasource and an API published at <c>/api/ping</c> through
/// the first node.</summary>
internal sealed class SharedNodes : IAsyncDisposable
{
    private readonly PostgresTestStore _store;
    private readonly List<SluiceProcess> _nodes;

    private SharedNodes(PostgresTestStore store, List<SluiceProcess> nodes)
    {
        _store = store;
        _nodes = nodes;
    }

    public IReadOnlyList<SluiceProcess> Nodes => _nodes;

    /// <summary>A superuser's access token, from the first node.</summary>
    public string Admin { get; private set; } = "";

    public long PingApiId { get; private set; }

    public static async Task<SharedNodes> StartAsync(int count)
    {
        var nodes = new SharedNodes(new PostgresTestStore(), []);
        try
        {
            var settings = SluiceInstance.DefaultSettings(nodes._store.DatabaseUrl);
            settings["REDIS_URL"] = TestServices.RedisUrl;
            for (var i = 0; i < count; i++)
            {
                nodes._nodes.Add(await SluiceProcess.StartAsync(settings));
            }
            await nodes.PublishPingAsync();
            return nodes;
        }
        catch
        {
            await nodes.DisposeAsync();
            throw;
        }
    }

    /// <summary>A client token issued by <paramref name="node"/> once it knows the client (changes
    /// reach the other nodes over pub/sub, with a poll every second as fallback).</summary>
    public static async Task<string> TokenAsync(SluiceProcess node, JsonNode client)
    {
        string? token = null;
        await Eventually.UntilAsync(async () =>
        {
            using var response = await node.Http.PostJsonAsync("/api/token/generate",
                new { client_id = (string)client["client_id"]!, client_secret = (string)client["client_secret"]!, grant_type = "client_credentials" });
            token = response.IsSuccessStatusCode ? (string?)(await response.ReadJsonAsync())["access_token"] : null;
            return token is not null;
        }, "the client reached the node");
        return token!;
    }

    private async Task PublishPingAsync()
    {
        var first = _nodes[0];
        Admin = (await first.Http.LoginOkAsync()).AccessToken;
        var file = Path.Combine(Directory.CreateTempSubdirectory("sluice-nodes-").FullName, "data.db");
        await using (var connection = new SqliteConnection("Data Source=" + file))
        {
            await connection.OpenAsync();
        }
        using var datasource = await first.Http.PostJsonAsync("/api/v1/datasources", new { name = "local", product_type = "sqlite", database = file }, Admin);
        var datasourceId = (long)(await datasource.ReadJsonAsync())["id"]!;
        using var api = await first.Http.PostJsonAsync("/api/v1/apis", new { name = "ping", path = "ping", datasource_id = datasourceId, content = "SELECT 1 AS one" }, Admin);
        PingApiId = (long)(await api.ReadJsonAsync())["id"]!;
        using var commit = await first.Http.PostJsonAsync($"/api/v1/apis/{PingApiId}/versions", new { commit_message = "v1" }, Admin);
        Assert.True(commit.IsSuccessStatusCode, await commit.Content.ReadAsStringAsync());
        using var publish = await first.Http.PostJsonAsync($"/api/v1/apis/{PingApiId}/publish", new { }, Admin);
        Assert.True(publish.IsSuccessStatusCode, await publish.Content.ReadAsStringAsync());
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var node in _nodes)
        {
            await node.DisposeAsync();
        }
        await _store.DisposeAsync();
    }
}
