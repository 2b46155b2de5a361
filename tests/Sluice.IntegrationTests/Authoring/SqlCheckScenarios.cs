using System.Net;
using System.Text.Json.Nodes;
using Sluice.IntegrationTests.Gateway;
using Sluice.IntegrationTests.Infrastructure;
using Sluice.IntegrationTests.Permissions;

namespace Sluice.IntegrationTests.Authoring;

/// <summary>The SQL check (<c>POST /api/v1/apis/{id}/check</c>, and the gate on commit and
/// publish): the database prepares each statement without running it, the same on every engine.</summary>
public abstract class SqlCheckScenarios<TDatasource>(GatewayFixture<TDatasource> fixture) where TDatasource : TestDatasource, new()
{
    protected HttpClient Http => fixture.Server.Http;
    private string Token => fixture.Token;

    /// <summary>The code the engine gives for an unknown table.</summary>
    protected abstract string UnknownTableCode { get; }

    [Fact]
    public async Task Check_UnknownTable_ReportsDatabaseMessageAndStatement()
    {
        var id = await CreateAsync("SELECT id FROM orderz");

        var report = await CheckAsync(id);

        Assert.False((bool)report["ok"]!);
        var problem = Assert.Single(report["problems"]!.AsArray())!;
        Assert.Contains("orderz", (string)problem["message"]!, StringComparison.Ordinal);
        Assert.DoesNotContain("Include Error Detail", (string)problem["message"]!, StringComparison.Ordinal);
        Assert.Equal(UnknownTableCode, (string?)problem["code"]);
        Assert.Equal("SELECT id FROM orderz", (string?)problem["sql"]);
        Assert.Equal("with sample values", (string?)problem["case"]);
        var statement = Assert.Single(report["statements"]!.AsArray())!;
        Assert.Equal((string)problem["message"]!, (string?)statement["error"]!["message"]);
    }

    [Fact]
    public async Task Check_UnknownColumn_ReportsDatabaseMessageAndStatement()
    {
        var id = await CreateAsync("SELECT totl FROM items WHERE id = {{ id }}", """[{"name": "id", "data_type": "integer", "is_required": true}]""");

        var problem = Assert.Single((await CheckAsync(id))["problems"]!.AsArray())!;

        Assert.Contains("totl", (string)problem["message"]!, StringComparison.Ordinal);
        Assert.StartsWith("SELECT totl FROM items WHERE id = ", (string?)problem["sql"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_SyntaxError_ReportsDatabaseMessageAndStatement()
    {
        var id = await CreateAsync("SELECT id FROM items WHERE id = = 1");

        var report = await CheckAsync(id);

        Assert.False((bool)report["ok"]!);
        var problem = Assert.Single(report["problems"]!.AsArray())!;
        Assert.False(string.IsNullOrWhiteSpace((string?)problem["message"]));
        Assert.Equal("SELECT id FROM items WHERE id = = 1", (string?)problem["sql"]);
    }

    [Fact]
    public async Task Check_GoodQuery_ReturnsColumnsAndTypes()
    {
        var id = await CreateAsync("SELECT id, name, price FROM items WHERE id = {{ id }}", """[{"name": "id", "data_type": "integer", "is_required": true}]""");

        var report = await CheckAsync(id);

        Assert.True((bool)report["ok"]!, report.ToJsonString());
        Assert.Empty(report["problems"]!.AsArray());
        var columns = Assert.Single(report["statements"]!.AsArray())!["columns"]!.AsArray();
        Assert.Equal(["id", "name", "price"], columns.Select(c => (string)c!["name"]!));
        Assert.Equal(["integer", "string", "number"], columns.Select(c => (string?)c!["json_type"]));
        Assert.All(columns, c => Assert.False(string.IsNullOrEmpty((string?)c!["type"])));
        Assert.NotEqual(true, (bool?)columns[1]!["nullable"]);
    }

    [Fact]
    public async Task Check_OptionalParameter_ChecksBothBranches()
    {
        var id = await CreateAsync("SELECT id FROM items {% if q %} WHERE nme = {{ q }} {% endif %}", """[{"name": "q", "data_type": "string"}]""");

        var report = await CheckAsync(id);

        Assert.Equal(2, report["statements"]!.AsArray().Count);
        var problem = Assert.Single(report["problems"]!.AsArray())!;
        Assert.Equal("with optional parameters present", (string?)problem["case"]);
        Assert.Contains("nme", (string)problem["message"]!, StringComparison.Ordinal);
        var absent = report["statements"]!.AsArray().Single(s => (string?)s!["case"] == "with optional parameters absent")!;
        Assert.Null(absent["error"]);
    }

    [Fact]
    public async Task Check_WriteStatements_AreCheckedButNotRun()
    {
        var table = "writes_" + Guid.NewGuid().ToString("N")[..8];
        await fixture.Database.ExecuteAsync($"CREATE TABLE {table} (id INTEGER NOT NULL, v INTEGER NOT NULL)");
        await fixture.Database.ExecuteAsync($"INSERT INTO {table} (id, v) VALUES (1, 1)");
        var id = await CreateAsync(
            $"INSERT INTO {table} (id, v) VALUES ({{{{ id }}}}, 1); UPDATE {table} SET v = 2; DELETE FROM {table} WHERE id = 1",
            """[{"name": "id", "data_type": "integer", "is_required": true}]""", method: "POST");

        var report = await CheckAsync(id);

        Assert.True((bool)report["ok"]!, report.ToJsonString());
        Assert.Equal(3, report["statements"]!.AsArray().Count);
        var (_, read) = await fixture.PublishAsync($"SELECT COUNT(*) AS n, MAX(v) AS v FROM {table}");
        using var rows = await Http.GetAsync($"/api/{read}");
        var row = (await rows.ReadJsonAsync())["data"]![0]!;
        Assert.Equal(1L, (long)row["n"]!);
        Assert.Equal(1L, (long)row["v"]!);
    }

    [Fact]
    public async Task Publish_CheckFails_RefusedUnlessForcedAndAudited()
    {
        var id = await CreateAsync("SELECT totl FROM items");
        using (var commit = await Http.PostJsonAsync($"/api/v1/apis/{id}/versions", new { commit_message = "broken", force = true }, Token))
        {
            Assert.Equal(HttpStatusCode.Created, commit.StatusCode);
        }

        using var refused = await Http.PostJsonAsync($"/api/v1/apis/{id}/publish", new { }, Token);
        var problem = await refused.ReadJsonAsync();
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("totl", (string)problem["detail"]!, StringComparison.Ordinal);
        Assert.Contains("SELECT totl FROM items", (string)problem["detail"]!, StringComparison.Ordinal);
        Assert.Contains("\"force\": true", (string)problem["detail"]!, StringComparison.Ordinal);
        Assert.Equal("SELECT totl FROM items", (string?)Assert.Single(problem["problems"]!.AsArray())!["sql"]);
        Assert.False((bool)(await GetAsync($"/api/v1/apis/{id}"))["is_published"]!);

        using var forced = await Http.PostJsonAsync($"/api/v1/apis/{id}/publish", new { force = true }, Token);
        Assert.Equal(HttpStatusCode.OK, forced.StatusCode);
        Assert.True((bool)(await forced.ReadJsonAsync())["is_published"]!);
        var audit = (await GetAsync($"/api/v1/audit?resource_type=api&resource_id={id}&action=publish"))["data"]!.AsArray();
        Assert.True((bool)Assert.Single(audit)!["summary"]!["force"]!);
    }

    [Fact]
    public async Task Commit_CheckFails_RefusedUnlessForced()
    {
        var id = await CreateAsync("SELECT id FROM orderz");

        using var refused = await Http.PostJsonAsync($"/api/v1/apis/{id}/versions", new { commit_message = "broken" }, Token);
        var problem = await refused.ReadJsonAsync();
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("orderz", (string)problem["detail"]!, StringComparison.Ordinal);
        Assert.Empty((await GetAsync($"/api/v1/apis/{id}/versions"))["data"]!.AsArray());

        using var forced = await Http.PostJsonAsync($"/api/v1/apis/{id}/versions", new { commit_message = "broken anyway", force = true }, Token);
        Assert.Equal(HttpStatusCode.Created, forced.StatusCode);
        Assert.Null((await forced.ReadJsonAsync())["result_columns"]);
        var audit = (await GetAsync($"/api/v1/audit?resource_type=api&resource_id={id}&action=commit"))["data"]!.AsArray();
        Assert.True((bool)Assert.Single(audit)!["summary"]!["force"]!);
    }

    [Fact]
    public async Task Check_Version_ChecksThatVersionNotTheDraft()
    {
        var id = await CreateAsync("SELECT id FROM items");
        using (var commit = await Http.PostJsonAsync($"/api/v1/apis/{id}/versions", new { commit_message = "good" }, Token))
        {
            Assert.Equal(HttpStatusCode.Created, commit.StatusCode);
            Assert.Equal("id", (string?)Assert.Single((await commit.ReadJsonAsync())["result_columns"]!.AsArray())!["name"]);
        }
        using (var edit = await Http.PatchJsonAsync($"/api/v1/apis/{id}", new { content = "SELECT id FROM orderz" }, Token))
        {
            Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        }

        Assert.False((bool)(await CheckAsync(id))["ok"]!);
        Assert.True((bool)(await CheckAsync(id, new { version = 1 }))["ok"]!);
        using var missing = await Http.PostJsonAsync($"/api/v1/apis/{id}/check", new { version = 9 }, Token);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task ConsumerOpenApi_CheckedVersion_DescribesRowProperties()
    {
        var (_, path) = await fixture.PublishAsync("SELECT id, name, price FROM items WHERE id = {{ id }}",
            """[{"name": "id", "location": "query", "data_type": "integer", "is_required": true}]""");

        using var response = await Http.GetAsync("/api/openapi.json");
        var document = await response.ReadJsonAsync();

        var schema = document["paths"]![$"/api/{path}"]!["get"]!["responses"]!["200"]!["content"]!["application/json"]!["schema"]!;
        var properties = schema["allOf"]![1]!["properties"]!["data"]!["items"]!["properties"]!;
        Assert.Equal("integer", (string?)properties["id"]!["type"]);
        Assert.Equal("string", (string?)properties["name"]!["type"]);
        Assert.Equal("number", (string?)properties["price"]!["type"]);
    }

    [Fact]
    public async Task Check_WithoutApiExecuteOrDatasourceRead_Forbidden()
    {
        var id = await CreateAsync("SELECT id FROM items");
        var actors = new Actors(Http, Token);
        var (_, reader) = await actors.UserAsync("api:read", "api:update", $"datasource:read:{fixture.DatasourceId}");
        var (_, runner) = await actors.UserAsync("api:read", "api:execute");

        using var noExecute = await Http.PostJsonAsync($"/api/v1/apis/{id}/check", new { }, reader);
        using var noDatasource = await Http.PostJsonAsync($"/api/v1/apis/{id}/check", new { }, runner);

        Assert.Equal(HttpStatusCode.Forbidden, noExecute.StatusCode);
        await Actors.AssertForbiddenAsync(noDatasource, "datasource_id");
    }

    protected async Task<long> CreateAsync(string sql, string parameters = "[]", string method = "GET")
    {
        var path = "c" + Guid.NewGuid().ToString("N")[..10];
        using var created = await Http.PostJsonAsync("/api/v1/apis", new Dictionary<string, object?>
        {
            ["name"] = path, ["path"] = path, ["http_method"] = method, ["datasource_id"] = fixture.DatasourceId, ["access_type"] = "public",
            ["content"] = sql, ["params"] = JsonNode.Parse(parameters),
        }, Token);
        var body = await created.ReadJsonAsync();
        Assert.True(created.IsSuccessStatusCode, body.ToJsonString());
        return (long)body["id"]!;
    }

    protected async Task<JsonNode> CheckAsync(long id, object? body = null)
    {
        using var response = await Http.PostJsonAsync($"/api/v1/apis/{id}/check", body ?? new { }, Token);
        var report = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, report.ToJsonString());
        return report;
    }

    /// <summary>The single row a query returns, through a published API.</summary>
    protected async Task<JsonNode> ReadRowAsync(string sql)
    {
        var (_, path) = await fixture.PublishAsync(sql);
        using var response = await Http.GetAsync($"/api/{path}");
        var body = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToJsonString());
        return Assert.Single(body["data"]!.AsArray())!;
    }

    private async Task<JsonNode> GetAsync(string path)
    {
        using var response = await Http.GetAsync(path, Token);
        var body = await response.ReadJsonAsync();
        Assert.True(response.IsSuccessStatusCode, body.ToJsonString());
        return body;
    }
}

public sealed class PostgresSqlCheckScenarios(PostgresGateway fixture) : SqlCheckScenarios<PostgresTestDatasource>(fixture), IClassFixture<PostgresGateway>
{
    protected override string UnknownTableCode => "42P01";

    // A sequence does not roll back: had the INSERT run (even in a rolled-back transaction), it
    // would have taken a value.
    [Fact]
    public async Task Check_Insert_IsDescribedButNeverExecuted()
    {
        var table = "serials_" + Guid.NewGuid().ToString("N")[..8];
        await fixture.Database.ExecuteAsync($"CREATE TABLE {table} (id SERIAL PRIMARY KEY, v INTEGER NOT NULL)");
        var id = await CreateAsync($"INSERT INTO {table} (v) VALUES ({{{{ v }}}}) RETURNING id",
            """[{"name": "v", "data_type": "integer", "is_required": true}]""", method: "POST");

        var report = await CheckAsync(id);

        Assert.True((bool)report["ok"]!, report.ToJsonString());
        Assert.Equal("id", (string?)Assert.Single(Assert.Single(report["statements"]!.AsArray())!["columns"]!.AsArray())!["name"]);
        var sequence = await ReadRowAsync($"SELECT is_called FROM {table}_id_seq");
        Assert.False((bool)sequence["is_called"]!);
    }
}

public sealed class MariaDbSqlCheckScenarios(MariaDbGateway fixture) : SqlCheckScenarios<MariaDbTestDatasource>(fixture), IClassFixture<MariaDbGateway>
{
    protected override string UnknownTableCode => "42S02";

    // A SELECT's columns are read with a zero row limit: it must not evaluate its select list.
    [Fact]
    public async Task Check_Select_IsDescribedButNeverExecuted()
    {
        var sequence = "seq_" + Guid.NewGuid().ToString("N")[..8];
        await fixture.Database.ExecuteAsync($"CREATE SEQUENCE {sequence}");
        var id = await CreateAsync($"SELECT NEXTVAL({sequence}) AS n, name FROM items WHERE id = {{{{ id }}}}",
            """[{"name": "id", "data_type": "integer", "is_required": true}]""");

        var report = await CheckAsync(id);

        Assert.True((bool)report["ok"]!, report.ToJsonString());
        Assert.Equal(["n", "name"], Assert.Single(report["statements"]!.AsArray())!["columns"]!.AsArray().Select(c => (string)c!["name"]!));
        var next = await ReadRowAsync($"SELECT next_not_cached_value AS next FROM {sequence}");
        Assert.Equal(1L, (long)next["next"]!);
    }
}

public sealed class SqliteSqlCheckScenarios(SqliteGateway fixture) : SqlCheckScenarios<SqliteTestDatasource>(fixture), IClassFixture<SqliteGateway>
{
    protected override string UnknownTableCode => "1";

    [Fact]
    public async Task Check_SandboxRefusal_ReportedAsTheGatewayWould()
    {
        var id = await CreateAsync($"ATTACH DATABASE '{Path.Combine(Path.GetTempPath(), "other.db")}' AS other; SELECT 1 AS one");

        var problem = Assert.Single((await CheckAsync(id))["problems"]!.AsArray())!;

        Assert.Contains("ATTACH is not allowed on a sandboxed SQLite datasource", (string)problem["message"]!, StringComparison.Ordinal);
        Assert.StartsWith("ATTACH DATABASE", (string?)problem["sql"], StringComparison.Ordinal);
    }
}

public sealed class DuckDbSqlCheckScenarios(DuckDbGateway fixture) : SqlCheckScenarios<DuckDbTestDatasource>(fixture), IClassFixture<DuckDbGateway>
{
    protected override string UnknownTableCode => "Catalog";

    [Fact]
    public async Task Check_SandboxRefusal_ReportedAsTheGatewayWould()
    {
        var file = Path.Combine(Path.GetTempPath(), "sluice-check-" + Guid.NewGuid().ToString("N")[..8] + ".csv");
        await File.WriteAllTextAsync(file, "a\n1\n");
        try
        {
            var id = await CreateAsync($"SELECT * FROM read_csv('{file}')");

            var problem = Assert.Single((await CheckAsync(id))["problems"]!.AsArray())!;

            Assert.Contains("Not allowed on a sandboxed DuckDB datasource", (string)problem["message"]!, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
