using System.Net;
using Sluice.IntegrationTests.Infrastructure;

namespace Sluice.IntegrationTests.Management;

/// <summary>Datasources, modules and APIs through the management API: validation, conflicts,
/// secrets never shown.</summary>
public abstract class CatalogScenarios(SluiceInstance server)
{
    private HttpClient Http => server.Http;

    private async Task<string> TokenAsync() => (await Http.LoginOkAsync()).AccessToken;

    [Fact]
    public async Task Datasource_Created_NeverShowsItsPassword()
    {
        var token = await TokenAsync();
        using var created = await Http.PostJsonAsync("/api/v1/datasources", new
        {
            name = "pg-" + Guid.NewGuid().ToString("N")[..8], product_type = "postgres", host = "db.internal", port = 5432,
            database = "shop", username = "reader", password = "super-secret-pw",
        }, token);
        var text = await created.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.DoesNotContain("super-secret-pw", text, StringComparison.Ordinal);
        Assert.Contains("\"has_password\":true", text, StringComparison.Ordinal);

        using var list = await Http.GetAsync("/api/v1/datasources", token);
        Assert.DoesNotContain("super-secret-pw", await list.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Datasource_Invalid_Returns400NamingEachField()
    {
        using var response = await Http.PostJsonAsync("/api/v1/datasources", new { product_type = "oracle", port = 70000 }, await TokenAsync());
        var errors = (await response.ReadJsonAsync())["errors"]!;
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(errors["name"]);
        Assert.NotNull(errors["product_type"]);
        Assert.NotNull(errors["port"]);
        Assert.NotNull(errors["database"]);
    }

    [Fact]
    public async Task DatasourceTest_Unreachable_ReportsTheReason()
    {
        using var response = await Http.PostJsonAsync("/api/v1/datasources/test", new
        {
            product_type = "postgres", host = "127.0.0.1", port = 1, database = "x", username = "u", password = "p",
        }, await TokenAsync());
        var body = await response.ReadJsonAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False((bool)body["ok"]!);
        Assert.Equal("connection refused", (string?)body["error"]);
    }

    [Fact]
    public async Task DatasourceTest_Sqlite_Succeeds()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("sluice-test-").FullName, "t.db");
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + file))
        {
            await connection.OpenAsync();
        }
        using var response = await Http.PostJsonAsync("/api/v1/datasources/test", new { product_type = "sqlite", database = file }, await TokenAsync());
        var body = await response.ReadJsonAsync();
        Assert.True((bool)body["ok"]!, body.ToJsonString());
        Assert.True((double)body["elapsed_ms"]! >= 0);
        Assert.Null(body["error"]);
    }

    [Fact]
    public async Task Api_SamePathAndMethod_Returns409NamingTheOther()
    {
        var token = await TokenAsync();
        var datasource = await CreateSqliteDatasourceAsync(token);
        var path = "dup" + Guid.NewGuid().ToString("N")[..8];
        using var first = await Http.PostJsonAsync("/api/v1/apis", new { name = "first one", path, datasource_id = datasource, content = "SELECT 1" }, token);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);

        using var second = await Http.PostJsonAsync("/api/v1/apis", new { name = "second", path, datasource_id = datasource, content = "SELECT 2" }, token);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("first one", (string?)(await second.ReadJsonAsync())["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_BadPathParamsAndTemplate_Returns400WithEveryProblem()
    {
        var token = await TokenAsync();
        var datasource = await CreateSqliteDatasourceAsync(token);
        using var response = await Http.PostJsonAsync("/api/v1/apis", new
        {
            name = "broken", path = "v1/things/{id}", http_method = "FETCH", datasource_id = datasource,
            content = "SELECT 1\n{% if x %}\nFROM t",
            @params = new[] { new { name = "1bad", location = "query", data_type = "string" } },
        }, token);
        var errors = (await response.ReadJsonAsync())["errors"]!;
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(errors["path"]);
        Assert.NotNull(errors["http_method"]);
        Assert.NotNull(errors["params"]);

        using var template = await Http.PostJsonAsync("/api/v1/apis", new
        {
            name = "bad template", path = "bad" + Guid.NewGuid().ToString("N")[..8], datasource_id = datasource, content = "SELECT 1\n{% if x %}\nFROM t",
        }, token);
        var content = (string?)(await template.ReadJsonAsync())["errors"]!["content"]![0];
        Assert.Equal(HttpStatusCode.BadRequest, template.StatusCode);
        Assert.Contains("line", content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Datasource_UsedByAnApi_CannotBeDeleted()
    {
        var token = await TokenAsync();
        var datasource = await CreateSqliteDatasourceAsync(token);
        using var api = await Http.PostJsonAsync("/api/v1/apis", new { name = "user of ds", path = "u" + Guid.NewGuid().ToString("N")[..8], datasource_id = datasource, content = "SELECT 1" }, token);
        using var delete = await Http.SendAsync(new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/datasources/{datasource}") { Headers = { Authorization = new("Bearer", token) } });
        Assert.Equal(HttpStatusCode.Conflict, delete.StatusCode);
        Assert.Contains("user of ds", (string?)(await delete.ReadJsonAsync())["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Catalog_WithoutToken_Returns401()
    {
        foreach (var path in new[] { "/api/v1/datasources", "/api/v1/modules", "/api/v1/apis", "/api/v1/macros" })
        {
            using var response = await Http.GetAsync(path);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
    }

    private async Task<long> CreateSqliteDatasourceAsync(string token)
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("sluice-test-").FullName, "t.db");
        using var created = await Http.PostJsonAsync("/api/v1/datasources", new { name = "sq-" + Guid.NewGuid().ToString("N")[..8], product_type = "sqlite", database = file }, token);
        return (long)(await created.ReadJsonAsync())["id"]!;
    }
}

public sealed class SqliteCatalog(SqliteServer fixture) : CatalogScenarios(fixture.Server), IClassFixture<SqliteServer>;

public sealed class PostgresCatalog(PostgresServer fixture) : CatalogScenarios(fixture.Server), IClassFixture<PostgresServer>;
