using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Sluice.IntegrationTests.Gateway;
using Sluice.IntegrationTests.Infrastructure;

namespace Sluice.IntegrationTests.AccessLogs;

/// <summary>The access log as the dashboard reads it: every filter, paging and the API's name,
/// over gateway traffic, on each metadata store.</summary>
public abstract class AccessLogReadScenarios<TFixture>(TFixture fixture) where TFixture : GatewayFixture<SqliteTestDatasource>
{
    private HttpClient Http => fixture.Server.Http;
    private string Token => fixture.Token;

    [Fact]
    public async Task List_Filters_SelectTheMatchingRecordsNewestFirst()
    {
        var traffic = await DriveTrafficAsync();
        var now = fixture.Server.Time.GetUtcNow();

        var byApi = await ListAsync($"api_id={traffic.ModuleApiId}");
        Assert.Equal(4, (long)byApi["total"]!);
        var rows = byApi["data"]!.AsArray();
        Assert.All(rows, row => Assert.Equal((traffic.ModuleApiId, traffic.ModuleApiPath), ((long)row!["api_id"]!, (string)row["api_name"]!)));
        Assert.Equal(rows.Select(row => (long)row!["id"]!).OrderDescending(), rows.Select(row => (long)row!["id"]!));
        var row = rows[0]!;
        Assert.Equal(("GET", "/api/" + traffic.ModuleApiPath, "127.0.0.1"), ((string)row["method"]!, (string)row["path"]!, (string)row["ip"]!));
        Assert.False(string.IsNullOrEmpty((string?)row["request_id"]));
        var byRequest = await ListAsync("request_id=" + Uri.EscapeDataString((string)row["request_id"]!));
        Assert.Equal((1L, (long)row["id"]!), ((long)byRequest["total"]!, (long)byRequest["data"]![0]!["id"]!));
        Assert.Equal(0, await TotalAsync("request_id=no-such-request"));
        Assert.True((double)row["duration_ms"]! >= 0);
        // PostgreSQL keeps microseconds, the clock has ticks.
        Assert.InRange(DateTimeOffset.Parse((string)row["created_at"]!, CultureInfo.InvariantCulture) - now, TimeSpan.FromMilliseconds(-1), TimeSpan.Zero);

        Assert.Equal(4, await TotalAsync($"module_id={traffic.ModuleId}"));
        Assert.Equal(3, await TotalAsync($"group_id={traffic.GroupId}"));
        Assert.Equal(2, await TotalAsync($"client_id={traffic.ClientId}"));
        Assert.Equal(4, await TotalAsync($"path={traffic.ModuleApiPath.ToUpperInvariant()[2..]}"));
        Assert.Equal(4, await TotalAsync($"path={traffic.ModuleApiPath}&method=get"));
        Assert.Equal(0, await TotalAsync($"path={traffic.ModuleApiPath}&method=POST"));
        Assert.Equal(1, await TotalAsync($"api_id={traffic.ModuleApiId}&status=400"));
        Assert.Equal(1, await TotalAsync($"api_id={traffic.ModuleApiId}&success=false"));
        Assert.Equal(3, await TotalAsync($"api_id={traffic.ModuleApiId}&success=true"));
        Assert.Equal(1, await TotalAsync($"api_id={traffic.GroupApiId}&status=401"));
        Assert.Equal(4, await TotalAsync($"api_id={traffic.ModuleApiId}&ip=127.0.0.1"));
        Assert.Equal(0, await TotalAsync($"api_id={traffic.ModuleApiId}&ip=10.9.9.9"));
        Assert.Equal(4, await TotalAsync($"api_id={traffic.ModuleApiId}&from={Iso(now.AddMinutes(-1))}&to={Iso(now.AddMinutes(1))}"));
        Assert.Equal(4, await TotalAsync($"api_id={traffic.ModuleApiId}&from={Iso(now)}"));
        Assert.Equal(0, await TotalAsync($"api_id={traffic.ModuleApiId}&to={Iso(now)}"));

        var missing = (await ListAsync($"path={traffic.MissingPath}"))["data"]![0]!;
        Assert.Equal((404, null, null), ((int)missing["status"]!, (long?)missing["api_id"], (string?)missing["api_name"]));
    }

    [Fact]
    public async Task List_Pages_SplitTheRecordsAndKeepTheTotal()
    {
        var traffic = await DriveTrafficAsync();

        var first = await ListAsync($"api_id={traffic.ModuleApiId}&page_size=3");
        var second = await ListAsync($"api_id={traffic.ModuleApiId}&page_size=3&page=2");

        Assert.Equal((4, 4), ((long)first["total"]!, (long)second["total"]!));
        var ids = first["data"]!.AsArray().Concat(second["data"]!.AsArray()).Select(row => (long)row!["id"]!).ToArray();
        Assert.Equal(4, ids.Distinct().Count());
        Assert.Equal(ids.OrderDescending(), ids);
    }

    [Theory]
    [InlineData("status=abc", "status")]
    [InlineData("status=99", "status")]
    [InlineData("success=maybe", "success")]
    [InlineData("from=yesterday", "from")]
    [InlineData("api_id=x", "api_id")]
    [InlineData("page_size=501", "page_size")]
    public async Task List_BadFilter_Returns400NamingIt(string query, string field)
    {
        using var response = await Http.GetAsync("/api/v1/access-logs?" + query, Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.ReadJsonAsync())["errors"]![field]);
    }

    /// <summary>A public API in a new module called three times well and once with a bad
    /// parameter; a private API granted through a new group, called twice by its client and once
    /// without a token; one path that no API serves.</summary>
    private async Task<Traffic> DriveTrafficAsync()
    {
        using var module = await Http.PostJsonAsync("/api/v1/modules", new { name = "m-" + Guid.NewGuid().ToString("N")[..8] }, Token);
        var moduleId = (long)(await module.ReadJsonAsync())["id"]!;
        var (moduleApiId, moduleApiPath) = await fixture.PublishAsync("SELECT {{ n }} AS n",
            """[{"name": "n", "location": "query", "data_type": "integer"}]""", extra: new() { ["module_id"] = moduleId });
        var (groupApiId, groupApiPath) = await fixture.PublishAsync("SELECT 1 AS one", extra: new() { ["access_type"] = "private" });
        using var group = await Http.PostJsonAsync("/api/v1/groups", new { name = "g-" + Guid.NewGuid().ToString("N")[..8], api_ids = new[] { groupApiId } }, Token);
        var groupId = (long)(await group.ReadJsonAsync())["id"]!;
        using var client = await Http.PostJsonAsync("/api/v1/clients", new { name = "c-" + Guid.NewGuid().ToString("N")[..8], group_ids = new[] { groupId } }, Token);
        var credentials = await client.ReadJsonAsync();
        var clientId = (string)credentials["client_id"]!;
        string gatewayToken;
        using (var issued = await Http.PostJsonAsync("/api/token/generate",
            new { client_id = clientId, client_secret = (string)credentials["client_secret"]!, grant_type = "client_credentials" }))
        {
            gatewayToken = (string)(await issued.ReadJsonAsync())["access_token"]!;
        }
        var missingPath = "nowhere" + Guid.NewGuid().ToString("N")[..8];

        string[] calls = [$"/api/{moduleApiPath}?n=1", $"/api/{moduleApiPath}?n=2", $"/api/{moduleApiPath}", $"/api/{moduleApiPath}?n=abc"];
        var statuses = new List<HttpStatusCode>();
        foreach (var call in calls)
        {
            using var response = await Http.GetAsync(call);
            statuses.Add(response.StatusCode);
        }
        foreach (var token in new[] { gatewayToken, gatewayToken, null })
        {
            using var response = await Http.GetAsync($"/api/{groupApiPath}", token);
            statuses.Add(response.StatusCode);
        }
        using (var response = await Http.GetAsync($"/api/{missingPath}"))
        {
            statuses.Add(response.StatusCode);
        }
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.BadRequest, HttpStatusCode.OK, HttpStatusCode.OK,
            HttpStatusCode.Unauthorized, HttpStatusCode.NotFound], statuses);

        await AccessLogPolling.WaitForTotalAsync(Http, Token, $"path={moduleApiPath}", 4);
        await AccessLogPolling.WaitForTotalAsync(Http, Token, $"path={groupApiPath}", 3);
        await AccessLogPolling.WaitForTotalAsync(Http, Token, $"path={missingPath}", 1);
        return new Traffic(moduleId, moduleApiId, moduleApiPath, groupId, groupApiId, clientId, missingPath);
    }

    private async Task<JsonNode> ListAsync(string query)
    {
        using var response = await Http.GetAsync("/api/v1/access-logs?" + query, Token);
        var body = await response.ReadJsonAsync();
        Assert.True(response.IsSuccessStatusCode, body.ToJsonString());
        return body;
    }

    private async Task<long> TotalAsync(string query) => (long)(await ListAsync(query))["total"]!;

    private static string Iso(DateTimeOffset time) => Uri.EscapeDataString(time.ToString("O", CultureInfo.InvariantCulture));

    private sealed record Traffic(long ModuleId, long ModuleApiId, string ModuleApiPath, long GroupId, long GroupApiId, string ClientId, string MissingPath);
}

public sealed class SqliteAccessLogReads(SqliteGateway fixture) : AccessLogReadScenarios<SqliteGateway>(fixture), IClassFixture<SqliteGateway>;

public sealed class PostgresAccessLogReads(PostgresStoreGateway fixture) : AccessLogReadScenarios<PostgresStoreGateway>(fixture), IClassFixture<PostgresStoreGateway>;
