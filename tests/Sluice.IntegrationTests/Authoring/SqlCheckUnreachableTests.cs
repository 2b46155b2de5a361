using System.Net;
using System.Net.Sockets;
using Sluice.IntegrationTests.Gateway;
using Sluice.IntegrationTests.Infrastructure;

namespace Sluice.IntegrationTests.Authoring;

/// <summary>A datasource nobody answers on: the check cannot run, and says why.</summary>
public sealed class SqlCheckUnreachableTests(SqliteGateway fixture) : IClassFixture<SqliteGateway>
{
    [Fact]
    public async Task CommitAndPublish_DatasourceUnreachable_RefusedNamingTheReasonUnlessForced()
    {
        var http = fixture.Server.Http;
        var datasource = await fixture.Server.CreateDatasourceAsync(fixture.Token, new Dictionary<string, object?>
        {
            ["product_type"] = "postgres", ["host"] = "127.0.0.1", ["port"] = ClosedPort(), ["database"] = "nothing", ["username"] = "nobody", ["password"] = "none",
        });
        var path = "u" + Guid.NewGuid().ToString("N")[..10];
        using var created = await http.PostJsonAsync("/api/v1/apis", new { name = path, path, datasource_id = datasource, content = "SELECT 1 AS one" }, fixture.Token);
        var id = (long)(await created.ReadJsonAsync())["id"]!;

        using var check = await http.PostJsonAsync($"/api/v1/apis/{id}/check", new { }, fixture.Token);
        var report = await check.ReadJsonAsync();
        using var commit = await http.PostJsonAsync($"/api/v1/apis/{id}/versions", new { commit_message = "offline" }, fixture.Token);
        var refusal = await commit.ReadJsonAsync();
        using var forced = await http.PostJsonAsync($"/api/v1/apis/{id}/versions", new { commit_message = "offline", force = true }, fixture.Token);
        using var publish = await http.PostJsonAsync($"/api/v1/apis/{id}/publish", new { }, fixture.Token);
        using var forcedPublish = await http.PostJsonAsync($"/api/v1/apis/{id}/publish", new { force = true }, fixture.Token);

        Assert.Equal(HttpStatusCode.OK, check.StatusCode);
        Assert.False((bool)report["ok"]!);
        Assert.Contains("connection refused", (string)Assert.Single(report["problems"]!.AsArray())!["message"]!, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, commit.StatusCode);
        Assert.Contains("could not be reached (connection refused)", (string)refusal["detail"]!, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, forced.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, publish.StatusCode);
        Assert.Equal(HttpStatusCode.OK, forcedPublish.StatusCode);
    }

    // A port that was just free: nothing listens on it.
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
