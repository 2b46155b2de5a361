using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Sluice.Core.AccessLogs;
using Sluice.Core.Storage;
using Sluice.IntegrationTests.AccessLogs;
using Sluice.IntegrationTests.Gateway;
using Sluice.IntegrationTests.Infrastructure;

namespace Sluice.IntegrationTests.Overview;

/// <summary>The dashboard's overview figures for known traffic, on each metadata store. Each test
/// has a server of its own: the figures count everything in the store.</summary>
public abstract class OverviewScenarios<TFixture> where TFixture : GatewayFixture<SqliteTestDatasource>, new()
{
    [Fact]
    public Task Overview_KnownCatalogAndTraffic_ReportsTheirNumbers() => WithOwnServerAsync(AssertFiguresAsync);

    [Fact]
    public Task TopApis_KnownTraffic_ReportsEachApisRequestsFailuresAndTimes() => WithOwnServerAsync(AssertTopApisAsync);

    [Theory]
    [InlineData("requests-by-day?days=0", "days")]
    [InlineData("requests-by-day?days=366", "days")]
    [InlineData("top-paths?limit=0", "limit")]
    [InlineData("top-apis?limit=101", "limit")]
    [InlineData("top-apis?days=366", "days")]
    [InlineData("status-breakdown?days=x", "days")]
    [InlineData("recent-access?limit=101", "limit")]
    [InlineData("recent-commits?limit=-1", "limit")]
    public Task Overview_WindowOrLimitOutOfRange_Returns400NamingIt(string query, string field) => WithOwnServerAsync(async fixture =>
    {
        using var response = await fixture.Server.Http.GetAsync("/api/v1/overview/" + query, fixture.Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.ReadJsonAsync())["errors"]![field]);
    });

    private static async Task WithOwnServerAsync(Func<TFixture, Task> test)
    {
        var fixture = new TFixture();
        await fixture.InitializeAsync();
        try
        {
            await test(fixture);
        }
        finally
        {
            await fixture.DisposeAsync();
        }
    }

    private static async Task AssertFiguresAsync(TFixture fixture)
    {
        var http = fixture.Server.Http;
        var token = fixture.Token;
        var time = fixture.Server.Time;
        Assert.Equal("""{"datasources":1,"modules":0,"groups":0,"apis":0,"apis_published":0,"clients":0}""", await GetTextAsync(fixture, "stats"));

        // Catalog: a module, two published APIs and one draft, a group, a client, a macro; one commit a minute.
        using (await http.PostJsonAsync("/api/v1/modules", new { name = "reports" }, token))
        {
        }
        var (first, firstPath) = await fixture.PublishAsync("SELECT {{ n }} AS n", """[{"name": "n", "location": "query", "data_type": "integer"}]""");
        time.Advance(TimeSpan.FromMinutes(1));
        var (second, secondPath) = await fixture.PublishAsync("SELECT 2 AS n");
        time.Advance(TimeSpan.FromMinutes(1));
        using (await http.PostJsonAsync("/api/v1/apis", new { name = "draft only", path = "draft-only", datasource_id = fixture.DatasourceId, content = "SELECT 1" }, token))
        using (await http.PostJsonAsync("/api/v1/groups", new { name = "partners", api_ids = new[] { second } }, token))
        using (await http.PostJsonAsync("/api/v1/clients", new { name = "partner", group_ids = Array.Empty<long>() }, token))
        using (var macro = await http.PostJsonAsync("/api/v1/macros", new { name = "recent", content = "1 = 1" }, token))
        using (await http.PostJsonAsync($"/api/v1/macros/{(long)(await macro.ReadJsonAsync())["id"]!}/versions", new { commit_message = "macro v1" }, token))
        {
        }
        Assert.Equal("""{"datasources":1,"modules":1,"groups":1,"apis":3,"apis_published":2,"clients":1}""", await GetTextAsync(fixture, "stats"));

        // Traffic today: three answers and a 400 from one API, two misses.
        foreach (var call in new[] { "?n=1", "?n=2", "?n=3", "?n=abc" })
        {
            using var response = await http.GetAsync($"/api/{firstPath}{call}");
        }
        foreach (var _ in Enumerable.Range(0, 2))
        {
            using var response = await http.GetAsync("/api/nowhere");
        }
        await AccessLogPolling.WaitForTotalAsync(http, token, "", 6);
        // Earlier traffic, written straight to the store: yesterday, three days ago, and ten days ago.
        var now = time.GetUtcNow();
        await InsertAsync(fixture, Record(now.AddDays(-1), 200, 10), Record(now.AddDays(-1), 200, 20), Record(now.AddDays(-3), 500, 30),
            Record(now.AddDays(-10), 503, 40));
        var today = DateOnly.FromDateTime(now.UtcDateTime);

        var days = (await GetAsync(fixture, "requests-by-day?days=7")).AsArray();
        Assert.Equal(Enumerable.Range(-6, 7).Select(offset => today.AddDays(offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            days.Select(day => (string)day!["day"]!));
        Assert.Equal([(0, 0, 0), (0, 0, 0), (0, 0, 0), (1, 0, 1), (0, 0, 0), (2, 2, 0), (6, 3, 3)], days.Select(Traffic));
        Assert.Equal([(6, 3, 3)], (await GetAsync(fixture, "requests-by-day?days=1")).AsArray().Select(Traffic));
        Assert.Equal(10, (await GetAsync(fixture, "requests-by-day?days=30")).AsArray().Sum(day => (long)day!["requests"]!));

        var paths = (await GetAsync(fixture, "top-paths?days=7")).AsArray();
        Assert.Equal([($"/api/{firstPath}", 4, 3, 1), ("/api/earlier", 3, 2, 1), ("/api/nowhere", 2, 0, 2)],
            paths.Select(path => ((string)path!["path"]!, (long)path["requests"]!, (long)path["successes"]!, (long)path["failures"]!)));
        Assert.Equal(20.0, (double)paths[1]!["mean_ms"]!, 6);
        Assert.Single((await GetAsync(fixture, "top-paths?limit=1")).AsArray());

        Assert.Equal("""[{"status":200,"count":5},{"status":400,"count":1},{"status":404,"count":2},{"status":500,"count":1}]""",
            await GetTextAsync(fixture, "status-breakdown"));
        Assert.Contains("""{"status":503,"count":1}""", await GetTextAsync(fixture, "status-breakdown?days=30"), StringComparison.Ordinal);

        var recent = (await GetAsync(fixture, "recent-access?limit=3")).AsArray();
        Assert.Equal(["/api/nowhere", "/api/nowhere", $"/api/{firstPath}"], recent.Select(row => (string)row!["path"]!));
        Assert.Equal((first, firstPath), ((long)recent[2]!["api_id"]!, (string)recent[2]!["api_name"]!));
        Assert.Equal(10, (await GetAsync(fixture, "recent-access")).AsArray().Count);

        var commits = (await GetAsync(fixture, "recent-commits")).AsArray();
        Assert.Equal([("macro", "recent", "macro v1"), ("api", secondPath, "first"), ("api", firstPath, "first")],
            commits.Select(commit => ((string)commit!["kind"]!, (string)commit["name"]!, (string)commit["commit_message"]!)));
        Assert.Equal((second, 1), ((long)commits[1]!["id"]!, (int)commits[1]!["version"]!));
        Assert.NotNull((long?)commits[0]!["created_by"]);
        Assert.Single((await GetAsync(fixture, "recent-commits?limit=1")).AsArray());
    }

    private static async Task AssertTopApisAsync(TFixture fixture)
    {
        var http = fixture.Server.Http;
        var now = fixture.Server.Time.GetUtcNow();
        Assert.Equal("[]", await GetTextAsync(fixture, "top-apis"));
        var (busy, busyPath) = await fixture.PublishAsync("SELECT {{ n }} AS n", """[{"name": "n", "location": "query", "data_type": "integer"}]""");
        var (timed, timedPath) = await fixture.PublishAsync("SELECT 2 AS n", method: "POST");

        // Through the gateway: three answers and a 400 from one API, and a miss no API served.
        foreach (var call in new[] { "?n=1", "?n=2", "?n=3", "?n=abc" })
        {
            using var response = await http.GetAsync($"/api/{busyPath}{call}");
        }
        using (await http.GetAsync("/api/nowhere"))
        {
        }
        await AccessLogPolling.WaitForTotalAsync(http, fixture.Token, "", 5);
        // Known times for the other API: 10, 20 … 200 ms today (the 95th percentile of 20 is the
        // 19th), one failure among them, and one record ten days ago outside the window.
        var timedRecords = Enumerable.Range(1, 20).Select(n => Record(now.AddMinutes(-n), n == 7 ? 500 : 200, n * 10) with { ApiId = timed, Method = "POST" });
        await InsertAsync(fixture, [.. timedRecords, Record(now.AddDays(-10), 200, 5000) with { ApiId = timed }]);

        var apis = (await GetAsync(fixture, "top-apis?days=7")).AsArray();
        Assert.Equal([(timed, timedPath, "POST", timedPath, 20L, 1L), (busy, busyPath, "GET", busyPath, 4L, 1L)], apis.Select(api => (
            (long)api!["api_id"]!, (string)api["name"]!, (string)api["method"]!, (string)api["path"]!, (long)api["requests"]!, (long)api["failures"]!)));
        Assert.Equal(105.0, (double)apis[0]!["mean_ms"]!, 6);
        Assert.Equal(190.0, (double)apis[0]!["p95_ms"]!, 6);
        Assert.True((double)apis[1]!["p95_ms"]! >= (double)apis[1]!["mean_ms"]!);

        Assert.Equal([timed], (await GetAsync(fixture, "top-apis?limit=1")).AsArray().Select(api => (long)api!["api_id"]!));
        var month = (await GetAsync(fixture, "top-apis?days=30")).AsArray();
        Assert.Equal((21L, 200.0), ((long)month[0]!["requests"]!, (double)month[0]!["p95_ms"]!));
    }

    private static (long Requests, long Successes, long Failures) Traffic(JsonNode? day) =>
        ((long)day!["requests"]!, (long)day["successes"]!, (long)day["failures"]!);

    private static AccessRecord Record(DateTimeOffset at, int status, double milliseconds) => new()
    {
        CreatedAt = at,
        RequestId = Guid.NewGuid().ToString("N"),
        Ip = "10.0.0.1",
        Method = "GET",
        Path = "/api/earlier",
        Status = status,
        DurationMs = milliseconds,
    };

    private static async Task InsertAsync(TFixture fixture, params AccessRecord[] records)
    {
        var config = DatabaseUrl.TryParse(fixture.Server.Settings["DATABASE_URL"], Directory.GetCurrentDirectory(), out _)!;
        await using var db = new MetadataDb(config);
        await new AccessLogStore(db).InsertBatchAsync(records, CancellationToken.None);
    }

    private static async Task<JsonNode> GetAsync(TFixture fixture, string query) => JsonNode.Parse(await GetTextAsync(fixture, query))!;

    private static async Task<string> GetTextAsync(TFixture fixture, string query)
    {
        using var response = await fixture.Server.Http.GetAsync("/api/v1/overview/" + query, fixture.Token);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        return text;
    }
}

public sealed class SqliteOverview : OverviewScenarios<SqliteGateway>;

public sealed class PostgresOverview : OverviewScenarios<PostgresStoreGateway>;
