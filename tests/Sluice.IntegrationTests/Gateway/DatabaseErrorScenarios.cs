using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Sluice.IntegrationTests.Infrastructure;

namespace Sluice.IntegrationTests.Gateway;

/// <summary>A database's error answered by what it means, the same on every engine: integrity
/// 409, a bad value 400, a broken query 500 (logged once), with the request id in the body.</summary>
public abstract class DatabaseErrorScenarios<TDatasource>(GatewayFixture<TDatasource> fixture) where TDatasource : TestDatasource, new()
{
    private HttpClient Http => fixture.Server.Http;

    private static string NewTable(string prefix) => prefix + Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task Post_DuplicateKey_Returns409NamingTheKindButNoValue()
    {
        var table = NewTable("dup");
        await fixture.Database.ExecuteAsync($"CREATE TABLE {table} (id INTEGER PRIMARY KEY, email VARCHAR(100) NOT NULL UNIQUE)");
        var (_, path) = await fixture.PublishAsync($"INSERT INTO {table} (id, email) VALUES ({{{{ id }}}}, {{{{ email }}}})",
            """[{"name": "id", "location": "body", "data_type": "integer", "is_required": true}, {"name": "email", "location": "body", "data_type": "string", "is_required": true}]""",
            method: "POST");
        using (var first = await Http.PostJsonAsync("/api/" + path, new { id = 1, email = "private-7731@example.com" }))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        using var second = await Http.PostJsonAsync("/api/" + path, new { id = 2, email = "private-7731@example.com" });
        var message = await AssertErrorAsync(second, HttpStatusCode.Conflict);

        Assert.StartsWith("The data was refused: duplicate key", message, StringComparison.Ordinal);
        Assert.DoesNotContain("private-7731", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_MissingParentRow_Returns409ForeignKeyViolation()
    {
        var (parent, child) = (NewTable("parent"), NewTable("child"));
        await fixture.Database.ExecuteAsync($"CREATE TABLE {parent} (id INTEGER PRIMARY KEY)");
        await fixture.Database.ExecuteAsync($"CREATE TABLE {child} (id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL REFERENCES {parent} (id))");
        var datasource = await fixture.Server.CreateDatasourceAsync(fixture.Token, fixture.Database.DefinitionWithForeignKeys);
        var (_, path) = await fixture.Server.PublishAsync(fixture.Token, datasource, $"INSERT INTO {child} (id, parent_id) VALUES (1, {{{{ parent_id }}}})",
            """[{"name": "parent_id", "location": "body", "data_type": "integer", "is_required": true}]""", method: "POST");

        using var response = await Http.PostJsonAsync("/api/" + path, new { parent_id = 424242 });
        var message = await AssertErrorAsync(response, HttpStatusCode.Conflict);

        Assert.StartsWith("The data was refused: foreign key violation", message, StringComparison.Ordinal);
        Assert.DoesNotContain("424242", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_NullIntoRequiredColumn_Returns409NamingTheColumn()
    {
        var table = NewTable("nn");
        await fixture.Database.ExecuteAsync($"CREATE TABLE {table} (id INTEGER PRIMARY KEY, label VARCHAR(50) NOT NULL)");
        var (_, path) = await fixture.PublishAsync($"INSERT INTO {table} (id, label) VALUES (1, {{{{ label }}}})",
            """[{"name": "label", "location": "body", "data_type": "string"}]""", method: "POST");

        using var response = await Http.PostJsonAsync("/api/" + path, new { });
        var message = await AssertErrorAsync(response, HttpStatusCode.Conflict);

        Assert.StartsWith("The data was refused: a required value is null", message, StringComparison.Ordinal);
        Assert.Contains("label", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_CheckConstraintViolated_Returns409()
    {
        var table = NewTable("chk");
        await fixture.Database.ExecuteAsync($"CREATE TABLE {table} (id INTEGER PRIMARY KEY, qty INTEGER NOT NULL CHECK (qty > 0))");
        var (_, path) = await fixture.PublishAsync($"INSERT INTO {table} (id, qty) VALUES (1, {{{{ qty }}}})",
            """[{"name": "qty", "location": "body", "data_type": "integer", "is_required": true}]""", method: "POST");

        using var response = await Http.PostJsonAsync("/api/" + path, new { qty = -5 });
        var message = await AssertErrorAsync(response, HttpStatusCode.Conflict);

        Assert.StartsWith("The data was refused: check constraint violation", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_TextIntoIntegerColumn_Returns400InvalidInput()
    {
        var table = NewTable("cast");
        await fixture.Database.ExecuteAsync($"CREATE TABLE {table} (id INTEGER PRIMARY KEY, qty INTEGER NOT NULL){fixture.Database.TypeCheckedTable}");
        var (_, path) = await fixture.PublishAsync($"INSERT INTO {table} (id, qty) VALUES (1, {{{{ qty }}}})",
            """[{"name": "qty", "location": "body", "data_type": "string", "is_required": true}]""", method: "POST");

        using var response = await Http.PostJsonAsync("/api/" + path, new { qty = "lots" });
        var message = await AssertErrorAsync(response, HttpStatusCode.BadRequest);

        Assert.StartsWith("Invalid input: a value is not valid for its type.", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_NumberOutOfRange_Returns400InvalidInput()
    {
        var (_, path) = await fixture.PublishAsync("SELECT abs({{ v }}) AS a",
            """[{"name": "v", "location": "query", "data_type": "integer", "is_required": true}]""");

        using var response = await Http.GetAsync($"/api/{path}?v={long.MinValue}");
        var message = await AssertErrorAsync(response, HttpStatusCode.BadRequest);

        Assert.StartsWith("Invalid input: a number is out of range.", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_TableDroppedAfterPublishing_Returns500WithTheRequestIdAndLogsOneErrorWithoutStackTrace()
    {
        var table = NewTable("gone");
        await fixture.Database.ExecuteAsync($"CREATE TABLE {table} (id INTEGER PRIMARY KEY)");
        var (_, path) = await fixture.PublishAsync($"SELECT id FROM {table}");
        using (var before = await Http.GetAsync("/api/" + path))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }
        await fixture.Database.ExecuteAsync($"DROP TABLE {table}");

        using var response = await Http.GetAsync("/api/" + path);
        var message = await AssertErrorAsync(response, HttpStatusCode.InternalServerError);

        var requestId = response.Headers.GetValues("X-Request-ID").Single();
        Assert.StartsWith($"The API's query failed; request id {requestId}.", message, StringComparison.Ordinal);
        AssertLoggedOnceAsError(path, table);
    }

    [Fact]
    public async Task Get_ColumnDroppedAfterPublishing_Returns500AndLogsOneError()
    {
        var table = NewTable("col");
        await fixture.Database.ExecuteAsync($"CREATE TABLE {table} (id INTEGER PRIMARY KEY, extra INTEGER)");
        var (_, path) = await fixture.PublishAsync($"SELECT id, extra FROM {table}");
        await fixture.Database.ExecuteAsync($"ALTER TABLE {table} DROP COLUMN extra");

        using var response = await Http.GetAsync("/api/" + path);
        var message = await AssertErrorAsync(response, HttpStatusCode.InternalServerError);

        Assert.StartsWith("The API's query failed; request id ", message, StringComparison.Ordinal);
        AssertLoggedOnceAsError(path, "extra");
    }

    [Fact]
    public async Task Datasource_AfterFailingThenSucceedingCalls_ShowsLastErrorThenANewerLastOk()
    {
        var datasource = await fixture.Server.CreateDatasourceAsync(fixture.Token, fixture.Database.Definition);
        var table = NewTable("health");
        await fixture.Database.ExecuteAsync($"CREATE TABLE {table} (id INTEGER PRIMARY KEY)");
        var (_, healthy) = await fixture.Server.PublishAsync(fixture.Token, datasource, "SELECT 1 AS one");
        var (_, broken) = await fixture.Server.PublishAsync(fixture.Token, datasource, $"SELECT id FROM {table}");
        await fixture.Database.ExecuteAsync($"DROP TABLE {table}");
        var fresh = await DatasourceAsync(datasource);
        Assert.Null(fresh["last_error"]);
        Assert.Null(fresh["last_ok_at"]);

        await CallAsync(healthy, HttpStatusCode.OK);
        var firstOk = await WhenAsync(datasource, d => d["last_ok_at"] is not null, "last_ok_at after a successful call");

        fixture.Server.Time.Advance(TimeSpan.FromSeconds(5));
        await CallAsync(broken, HttpStatusCode.InternalServerError);
        var failed = await WhenAsync(datasource, d => d["last_error_at"] is not null, "last_error after a failing call");
        Assert.Contains(broken, (string?)failed["last_error"], StringComparison.Ordinal);
        Assert.True(Time(failed, "last_error_at") > Time(firstOk, "last_ok_at"));

        fixture.Server.Time.Advance(TimeSpan.FromSeconds(5));
        await CallAsync(healthy, HttpStatusCode.OK);
        var recovered = await WhenAsync(datasource, d => Time(d, "last_ok_at") > Time(d, "last_error_at"), "a last_ok_at newer than last_error_at");
        Assert.Equal((string?)failed["last_error"], (string?)recovered["last_error"]);

        using var list = await Http.GetAsync("/api/v1/datasources?page_size=100", fixture.Token);
        var listed = (await list.ReadJsonAsync())["data"]!.AsArray().Single(d => (long)d!["id"]! == datasource)!;
        Assert.Equal((string?)recovered["last_ok_at"], (string?)listed["last_ok_at"]);
        Assert.Equal((string?)recovered["last_error"], (string?)listed["last_error"]);
    }

    private async Task CallAsync(string path, HttpStatusCode expected)
    {
        using var response = await Http.GetAsync("/api/" + path);
        Assert.Equal(expected, response.StatusCode);
    }

    private async Task<JsonNode> DatasourceAsync(long id)
    {
        using var response = await Http.GetAsync($"/api/v1/datasources/{id}", fixture.Token);
        var body = await response.ReadJsonAsync();
        Assert.True(response.IsSuccessStatusCode, body.ToJsonString());
        return body;
    }

    private async Task<JsonNode> WhenAsync(long id, Func<JsonNode, bool> condition, string what)
    {
        JsonNode? seen = null;
        await Eventually.UntilAsync(async () => condition(seen = await DatasourceAsync(id)), what);
        return seen!;
    }

    private static DateTimeOffset? Time(JsonNode datasource, string field) =>
        datasource[field] is { } value ? DateTimeOffset.Parse((string)value!, System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>Checks the error envelope and that its request_id is the X-Request-ID header; returns the message.</summary>
    private static async Task<string> AssertErrorAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode} {body.ToJsonString()}");
        Assert.False((bool)body["success"]!);
        Assert.Empty(body["data"]!.AsArray());
        Assert.Equal(response.Headers.GetValues("X-Request-ID").Single(), (string?)body["request_id"]);
        var message = (string)body["message"]!;
        Assert.DoesNotContain("Include Error Detail", message, StringComparison.Ordinal);
        return message;
    }

    private void AssertLoggedOnceAsError(string path, string mentioned)
    {
        var logged = Assert.Single(fixture.Server.Logs.Messages, m => m.Level == LogLevel.Error && m.Message.Contains(path, StringComparison.Ordinal));
        Assert.Null(logged.Exception);
        Assert.Contains(mentioned, logged.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(fixture.Server.Logs.Messages, m => m.Message.Contains("Include Error Detail", StringComparison.Ordinal));
    }
}

public sealed class PostgresDatabaseErrors(PostgresGateway fixture) : DatabaseErrorScenarios<PostgresTestDatasource>(fixture), IClassFixture<PostgresGateway>;

public sealed class MariaDbDatabaseErrors(MariaDbGateway fixture) : DatabaseErrorScenarios<MariaDbTestDatasource>(fixture), IClassFixture<MariaDbGateway>;

public sealed class SqliteDatabaseErrors(SqliteGateway fixture) : DatabaseErrorScenarios<SqliteTestDatasource>(fixture), IClassFixture<SqliteGateway>;

public sealed class DuckDbDatabaseErrors(DuckDbGateway fixture) : DatabaseErrorScenarios<DuckDbTestDatasource>(fixture), IClassFixture<DuckDbGateway>;

/// <summary>The same on a PostgreSQL metadata store, where the health columns are timestamptz.</summary>
public sealed class PostgresStoreDatabaseErrors(PostgresStoreGateway fixture) : DatabaseErrorScenarios<SqliteTestDatasource>(fixture), IClassFixture<PostgresStoreGateway>;
