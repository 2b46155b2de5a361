using System.Net;
using System.Text.Json.Nodes;
using Sluice.IntegrationTests.Gateway;
using Sluice.IntegrationTests.Infrastructure;

namespace Sluice.IntegrationTests.Versions;

/// <summary>API test cases on each datasource engine: saved with the draft and frozen with a
/// version, run over HTTP in a transaction that is rolled back, and checked before a publish.</summary>
public abstract class ApiTestCaseScenarios<TDatasource>(GatewayFixture<TDatasource> fixture) where TDatasource : TestDatasource, new()
{
    private const string IdParam = """[{"name": "id", "location": "query", "data_type": "integer", "is_required": true}]""";
    private const string ById = "SELECT id, name FROM items WHERE id = {{ id }}";

    private HttpClient Http => fixture.Server.Http;
    private string Token => fixture.Token;

    [Fact]
    public async Task RunTests_DraftCases_PassOrFailWithTheReason()
    {
        var (id, path) = await CreateAsync(ById, IdParam, """
            [
              {"name": "finds 3", "values": {"id": 3}, "expect": {"row_count": 1, "rows": [{"id": 3, "name": "item 3"}]}},
              {"name": "wrong row", "values": {"id": 4}, "expect": {"contains": [{"name": "item 5"}]}},
              {"name": "bad value", "values": {"id": "abc"}, "expect": {"status": 400}}
            ]
            """);

        var run = await RunAsync(id, new { });

        Assert.Equal((2, 1), ((int)run["passed"]!, (int)run["failed"]!));
        var results = run["results"]!.AsArray();
        Assert.Equal(["finds 3", "wrong row", "bad value"], results.Select(r => (string)r!["name"]!));
        Assert.Equal((true, 200, 1), ((bool)results[0]!["passed"]!, (int)results[0]!["status"]!, (int)results[0]!["row_count"]!));
        Assert.Equal(["""no row contains {"name":"item 5"}"""], results[1]!["failures"]!.AsArray().Select(f => (string)f!));
        Assert.Equal(400, (int)results[2]!["status"]!);
        // The gateway answers the same value the same way.
        await PublishForcedAsync(id);
        using var gateway = await Http.GetAsync($"/api/{path}?id=abc");
        Assert.Equal(HttpStatusCode.BadRequest, gateway.StatusCode);
    }

    [Fact]
    public async Task RunTests_CasesThatInsert_LeaveNothingBehind()
    {
        // Both cases insert the same key: the second passes only if the first was rolled back.
        var (id, _) = await CreateAsync("INSERT INTO items (id, name, price, qty) VALUES ({{ id }}, 'temporary', 1, 1)", IdParam, """
            [
              {"name": "inserts", "values": {"id": 9001}, "expect": {"rows": [{"rows_affected": 1}]}},
              {"name": "inserts again", "values": {"id": 9001}, "expect": {"rows": [{"rows_affected": 1}]}}
            ]
            """, method: "POST");

        var run = await RunAsync(id, new { });

        Assert.True((int)run["passed"]! == 2, run.ToJsonString());
        using var count = await Http.PostJsonAsync("/api/v1/apis/debug",
            new { content = "SELECT COUNT(*) AS n FROM items WHERE id = 9001", datasource_id = fixture.DatasourceId }, Token);
        var counted = await count.ReadJsonAsync();
        Assert.True((bool)counted["success"]!, counted.ToJsonString());
        Assert.Equal(0, (long)counted["rows"]![0]!["n"]!);
    }

    [Fact]
    public async Task Publish_FailingTests_IsRefusedListingThemUnlessForced()
    {
        var (id, path) = await CreateAsync(ById, IdParam, """[{"name": "expects item 9", "values": {"id": 8}, "expect": {"rows": [{"id": 9, "name": "item 9"}]}}]""");
        await CommitAsync(id, "first");

        using (var refused = await Http.PostJsonAsync($"/api/v1/apis/{id}/publish", new { }, Token))
        {
            var problem = await refused.ReadJsonAsync();
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
            Assert.Contains("'expects item 9'", (string?)problem["detail"], StringComparison.Ordinal);
            Assert.Contains("""row 1: expected {"id":9,"name":"item 9"}, got {"id":8,"name":"item 8"}""", (string?)problem["detail"], StringComparison.Ordinal);
            Assert.Equal(1, (int)problem["test_results"]!["failed"]!);
        }
        using (var unpublished = await Http.GetAsync($"/api/{path}?id=8"))
        {
            Assert.Equal(HttpStatusCode.NotFound, unpublished.StatusCode);
        }

        await PublishForcedAsync(id);

        using (var served = await Http.GetAsync($"/api/{path}?id=8"))
        {
            Assert.Equal("item 8", (string?)(await served.ReadJsonAsync())["data"]![0]!["name"]);
        }
        using var audit = await Http.GetAsync($"/api/v1/audit?action=publish&resource_type=api&resource_id={id}", Token);
        var summary = (await audit.ReadJsonAsync())["data"]![0]!["summary"]!;
        Assert.Equal((true, 1), ((bool)summary["force"]!, (int)summary["version"]!));
    }

    [Fact]
    public async Task Publish_PassingTests_Publishes()
    {
        var (id, path) = await CreateAsync(ById, IdParam, """[{"name": "finds 2", "values": {"id": 2}, "expect": {"contains": [{"name": "item 2"}]}}]""");
        await CommitAsync(id, "first");

        using var published = await Http.PostJsonAsync($"/api/v1/apis/{id}/publish", new { }, Token);

        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        using var served = await Http.GetAsync($"/api/{path}?id=2");
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        using var audit = await Http.GetAsync($"/api/v1/audit?action=publish&resource_type=api&resource_id={id}", Token);
        Assert.False((bool)(await audit.ReadJsonAsync())["data"]![0]!["summary"]!["force"]!);
    }

    [Fact]
    public async Task RunTests_ByVersionNumber_RunsThatVersionsCases()
    {
        var (id, _) = await CreateAsync(ById, IdParam, """[{"name": "finds 1", "values": {"id": 1}, "expect": {"row_count": 1}}]""");
        var first = await CommitAsync(id, "first");
        Assert.Equal("finds 1", (string?)first["tests"]![0]!["name"]);
        await PatchAsync(id, new { tests = JsonNode.Parse("""[{"name": "finds none", "values": {"id": 1}, "expect": {"row_count": 0}}]""") });

        var draft = await RunAsync(id, new { });
        var version = await RunAsync(id, new { version = 1 });

        Assert.Equal(("finds none", false), ((string?)draft["results"]![0]!["name"], (bool)draft["results"]![0]!["passed"]!));
        Assert.Equal((1, 1, "finds 1"), ((int)version["version"]!, (int)version["passed"]!, (string?)version["results"]![0]!["name"]));
        using var missing = await Http.PostJsonAsync($"/api/v1/apis/{id}/tests/run", new { version = 42 }, Token);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        // Changed tests alone are a change worth a version.
        Assert.Equal(2, (int)(await CommitAsync(id, "tests"))["version"]!);
    }

    [Fact]
    public async Task RunTests_InactiveDatasource_AnswerTheGateways503()
    {
        var datasource = await fixture.Server.CreateDatasourceAsync(Token, fixture.Database.Definition);
        var (id, _) = await fixture.Server.CreateApiAsync(Token, datasource, ById, IdParam,
            extra: new() { ["tests"] = JsonNode.Parse("""[{"name": "finds 1", "values": {"id": 1}, "expect": {"row_count": 1}}]""") });
        using (var patched = await Http.PatchJsonAsync($"/api/v1/datasources/{datasource}", new { is_active = false }, Token))
        {
            Assert.True(patched.IsSuccessStatusCode, await patched.Content.ReadAsStringAsync());
        }

        var run = await RunAsync(id, new { });

        var result = run["results"]![0]!;
        Assert.Equal((false, 503), ((bool)result["passed"]!, (int)result["status"]!));
        Assert.Contains("is inactive", (string?)result["failures"]![0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_InvalidTests_Returns400NamingEachPlace()
    {
        using var response = await Http.PostJsonAsync("/api/v1/apis", new Dictionary<string, object?>
        {
            ["name"] = "bad tests", ["path"] = "t" + Guid.NewGuid().ToString("N")[..10], ["datasource_id"] = fixture.DatasourceId,
            ["content"] = ById, ["params"] = JsonNode.Parse(IdParam),
            ["tests"] = JsonNode.Parse("""
                [
                  {"values": {"nope": 1}, "expect": {"status": 200, "rowz": 1}},
                  {"name": "twice", "expect": {"rows": [1]}},
                  {"name": "twice", "expect": {"row_count": -1}}
                ]
                """),
        }, Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ReadJsonAsync())["errors"]!.AsObject();
        Assert.Equal(["tests[0].expect.rowz", "tests[0].name", "tests[0].values.nope", "tests[1].expect.rows", "tests[2].expect.row_count", "tests[2].name"],
            errors.Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.Contains("declared: id", (string?)errors["tests[0].values.nope"]![0], StringComparison.Ordinal);
    }

    private async Task<(long Id, string Path)> CreateAsync(string sql, string parameters, string tests, string method = "GET") =>
        await fixture.Server.CreateApiAsync(Token, fixture.DatasourceId, sql, parameters, method, extra: new() { ["tests"] = JsonNode.Parse(tests) });

    private async Task<JsonNode> RunAsync(long id, object request)
    {
        using var run = await Http.PostJsonAsync($"/api/v1/apis/{id}/tests/run", request, Token);
        var body = await run.ReadJsonAsync();
        Assert.True(run.IsSuccessStatusCode, body.ToJsonString());
        return body;
    }

    private async Task<JsonNode> CommitAsync(long id, string message)
    {
        using var commit = await Http.PostJsonAsync($"/api/v1/apis/{id}/versions", new { commit_message = message }, Token);
        var body = await commit.ReadJsonAsync();
        Assert.True(commit.IsSuccessStatusCode, body.ToJsonString());
        return body;
    }

    private async Task PublishForcedAsync(long id)
    {
        using var versions = await Http.GetAsync($"/api/v1/apis/{id}/versions", Token);
        if ((await versions.ReadJsonAsync())["data"]!.AsArray().Count == 0)
        {
            await CommitAsync(id, "first");
        }
        using var forced = await Http.PostJsonAsync($"/api/v1/apis/{id}/publish", new { force = true }, Token);
        Assert.True(forced.IsSuccessStatusCode, await forced.Content.ReadAsStringAsync());
    }

    private async Task PatchAsync(long id, object change)
    {
        using var patched = await Http.PatchJsonAsync($"/api/v1/apis/{id}", change, Token);
        Assert.True(patched.IsSuccessStatusCode, await patched.Content.ReadAsStringAsync());
    }
}

public sealed class PostgresApiTestCases(PostgresGateway fixture) : ApiTestCaseScenarios<PostgresTestDatasource>(fixture), IClassFixture<PostgresGateway>;

public sealed class MariaDbApiTestCases(MariaDbGateway fixture) : ApiTestCaseScenarios<MariaDbTestDatasource>(fixture), IClassFixture<MariaDbGateway>;

public sealed class SqliteApiTestCases(SqliteGateway fixture) : ApiTestCaseScenarios<SqliteTestDatasource>(fixture), IClassFixture<SqliteGateway>;

public sealed class DuckDbApiTestCases(DuckDbGateway fixture) : ApiTestCaseScenarios<DuckDbTestDatasource>(fixture), IClassFixture<DuckDbGateway>;
