using System.Net;
using System.Text.Json.Nodes;
using Sluice.IntegrationTests.Gateway;
using Sluice.IntegrationTests.Infrastructure;

namespace Sluice.IntegrationTests.Datasources;

/// <summary><c>GET /api/v1/datasources/{id}/schema</c> and the connection test a save runs, the
/// same on every database engine.</summary>
public abstract class SchemaScenarios<TDatasource>(GatewayFixture<TDatasource> fixture) where TDatasource : TestDatasource, new()
{
    private HttpClient Http => fixture.Server.Http;

    private string SchemaPath => $"/api/v1/datasources/{fixture.DatasourceId}/schema";

    [Fact]
    public async Task Schema_TablesAndViews_ListsColumnsTypesNullabilityAndKeys()
    {
        // Key order differs from column order, so the key is read in key order.
        await fixture.Database.ExecuteAsync("CREATE TABLE schema_lines (id INTEGER NOT NULL, line INTEGER NOT NULL, note VARCHAR(50), PRIMARY KEY (line, id))");
        await fixture.Database.ExecuteAsync("CREATE VIEW schema_notes AS SELECT id, note FROM schema_lines");

        var body = await SchemaAsync("?refresh=true");

        Assert.False((bool)body["cached"]!);
        Assert.NotNull((string?)body["fetched_at"]);
        var items = Table(body, "items");
        Assert.Equal("table", (string?)items["kind"]);
        Assert.Equal<string>(["id"], Names(items["primary_key"]));
        Assert.Equal<string>(["id", "name", "price", "qty"], Names(items["columns"], "name"));
        var id = Column(items, "id");
        Assert.Equal((true, false, 1), ((bool)id["primary_key"]!, (bool)id["nullable"]!, (int)id["ordinal"]!));
        Assert.Contains("int", (string?)id["type"], StringComparison.OrdinalIgnoreCase);
        var name = Column(items, "name");
        Assert.Equal((false, false, 2), ((bool)name["primary_key"]!, (bool)name["nullable"]!, (int)name["ordinal"]!));
        Assert.Contains("char", (string?)name["type"], StringComparison.OrdinalIgnoreCase);

        var lines = Table(body, "schema_lines");
        Assert.Equal<string>(["line", "id"], Names(lines["primary_key"]));
        Assert.True((bool)Column(lines, "note")["nullable"]!);
        Assert.False((bool)Column(lines, "note")["primary_key"]!);

        var notes = Table(body, "schema_notes");
        Assert.Equal("view", (string?)notes["kind"]);
        Assert.Equal<string>(["id", "note"], Names(notes["columns"], "name"));
        Assert.Empty(notes["primary_key"]!.AsArray());
    }

    [Fact]
    public async Task Schema_Cached_HidesNewTableUntilRefreshOrExpiry()
    {
        var first = await SchemaAsync("?refresh=true");
        await fixture.Database.ExecuteAsync("CREATE TABLE schema_added (id INTEGER PRIMARY KEY)");

        var cached = await SchemaAsync();
        Assert.True((bool)cached["cached"]!);
        Assert.Equal((string?)first["fetched_at"], (string?)cached["fetched_at"]);
        Assert.Null(FindTable(cached, "schema_added"));

        var refreshed = await SchemaAsync("?refresh=true");
        Assert.False((bool)refreshed["cached"]!);
        Assert.NotNull(FindTable(refreshed, "schema_added"));

        await fixture.Database.ExecuteAsync("CREATE TABLE schema_later (id INTEGER PRIMARY KEY)");
        Assert.Null(FindTable(await SchemaAsync(), "schema_later"));
        fixture.Server.Time.Advance(TimeSpan.FromSeconds(61));
        var expired = await SchemaAsync();
        Assert.False((bool)expired["cached"]!);
        Assert.NotNull(FindTable(expired, "schema_later"));
    }

    [Fact]
    public async Task Update_Datasource_ForgetsCachedSchemaAndReportsConnection()
    {
        await SchemaAsync("?refresh=true");
        await fixture.Database.ExecuteAsync("CREATE TABLE schema_edited (id INTEGER PRIMARY KEY)");

        using var updated = await Http.PatchJsonAsync($"/api/v1/datasources/{fixture.DatasourceId}", new { description = "edited " + Guid.NewGuid() }, fixture.Token);
        var saved = await updated.ReadJsonAsync();
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.True((bool)saved["connection"]!["ok"]!, saved.ToJsonString());

        var after = await SchemaAsync();
        Assert.False((bool)after["cached"]!);
        Assert.NotNull(FindTable(after, "schema_edited"));
    }

    [Fact]
    public async Task Create_Reachable_ReportsConnectionOk()
    {
        var definition = new Dictionary<string, object?>(fixture.Database.Definition) { ["name"] = "ok-" + Guid.NewGuid().ToString("N")[..8] };

        using var created = await Http.PostJsonAsync("/api/v1/datasources", definition, fixture.Token);
        var body = await created.ReadJsonAsync();

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var connection = body["connection"]!;
        Assert.True((bool)connection["ok"]!, body.ToJsonString());
        Assert.True((double)connection["elapsed_ms"]! >= 0);
        Assert.Null(connection["error"]);
        using var read = await Http.GetAsync($"/api/v1/datasources/{(long)body["id"]!}", fixture.Token);
        Assert.Null((await read.ReadJsonAsync())["connection"]);
    }

    [Fact]
    public async Task Unreachable_CreateSavesWithReasonAndSchemaAnswers503()
    {
        var (definition, reason) = fixture.Database.Unreachable;
        definition["name"] = "down-" + Guid.NewGuid().ToString("N")[..8];

        using var created = await Http.PostJsonAsync("/api/v1/datasources", definition, fixture.Token);
        var body = await created.ReadJsonAsync();
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.False((bool)body["connection"]!["ok"]!);
        Assert.Contains(reason, (string?)body["connection"]!["error"], StringComparison.Ordinal);

        using var schema = await Http.GetAsync($"/api/v1/datasources/{(long)body["id"]!}/schema", fixture.Token);
        var problem = await schema.ReadJsonAsync();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, schema.StatusCode);
        Assert.Contains("unreachable", (string?)problem["detail"], StringComparison.Ordinal);
        Assert.Contains(reason, (string?)problem["detail"], StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", problem.ToJsonString(), StringComparison.Ordinal);
    }

    private async Task<JsonNode> SchemaAsync(string query = "")
    {
        using var response = await Http.GetAsync(SchemaPath + query, fixture.Token);
        var body = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToJsonString());
        return body;
    }

    private static JsonNode? FindTable(JsonNode schema, string name) =>
        schema["schemas"]!.AsArray().SelectMany(s => s!["tables"]!.AsArray()).SingleOrDefault(t => (string?)t!["name"] == name);

    private static JsonNode Table(JsonNode schema, string name) =>
        FindTable(schema, name) ?? throw new Xunit.Sdk.XunitException($"no table {name} in {schema.ToJsonString()}");

    private static JsonNode Column(JsonNode table, string name) => table["columns"]!.AsArray().Single(c => (string?)c!["name"] == name)!;

    private static List<string> Names(JsonNode? array, string? property = null) =>
        array!.AsArray().Select(n => property is null ? (string)n! : (string)n![property]!).ToList();
}

public sealed class PostgresSchemaScenarios(PostgresGateway fixture) : SchemaScenarios<PostgresTestDatasource>(fixture), IClassFixture<PostgresGateway>;

public sealed class MariaDbSchemaScenarios(MariaDbGateway fixture) : SchemaScenarios<MariaDbTestDatasource>(fixture), IClassFixture<MariaDbGateway>;

public sealed class SqliteSchemaScenarios(SqliteGateway fixture) : SchemaScenarios<SqliteTestDatasource>(fixture), IClassFixture<SqliteGateway>;

public sealed class DuckDbSchemaScenarios(DuckDbGateway fixture) : SchemaScenarios<DuckDbTestDatasource>(fixture), IClassFixture<DuckDbGateway>;
