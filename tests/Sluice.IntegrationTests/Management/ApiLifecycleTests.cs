using System.Net;
using Sluice.IntegrationTests.Gateway;
using Sluice.IntegrationTests.Infrastructure;

namespace Sluice.IntegrationTests.Management;

/// <summary>Versions, restore, macros, debug and module switches, seen through the gateway.</summary>
public sealed class ApiLifecycleTests(SqliteGateway fixture) : IClassFixture<SqliteGateway>
{
    private HttpClient Http => fixture.Server.Http;
    private string Token => fixture.Token;

    [Fact]
    public async Task Restore_OldVersion_ComesBackIntoTheDraftAndPublishingItRollsBack()
    {
        var (id, path) = await fixture.PublishAsync("SELECT 'first' AS answer");
        var first = (long)(await (await Http.GetAsync($"/api/v1/apis/{id}/versions", Token)).ReadJsonAsync())["data"]![0]!["id"]!;
        using (await Http.PatchJsonAsync($"/api/v1/apis/{id}", new { content = "SELECT 'second' AS answer" }, Token))
        using (await Http.PostJsonAsync($"/api/v1/apis/{id}/versions", new { commit_message = "second" }, Token))
        using (await Http.PostJsonAsync($"/api/v1/apis/{id}/publish", new { }, Token))
        using (var second = await Http.GetAsync($"/api/{path}"))
        {
            Assert.Equal("second", (string?)(await second.ReadJsonAsync())["data"]![0]!["answer"]);
        }

        using var restore = await Http.PostJsonAsync($"/api/v1/apis/{id}/versions/{first}/restore", new { }, Token);
        Assert.Equal("SELECT 'first' AS answer", (string?)(await restore.ReadJsonAsync())["content"]);

        using (await Http.PostJsonAsync($"/api/v1/apis/{id}/publish", new { version_id = first }, Token))
        using (var rolledBack = await Http.GetAsync($"/api/{path}"))
        {
            Assert.Equal("first", (string?)(await rolledBack.ReadJsonAsync())["data"]![0]!["answer"]);
        }
    }

    [Fact]
    public async Task Macro_IncludedByAPublishedApi_IsServedAndCannotBeDeleted()
    {
        var name = "cheap_" + Guid.NewGuid().ToString("N")[..6];
        using var created = await Http.PostJsonAsync("/api/v1/macros", new { name, content = "price < {{ limit }}" }, Token);
        var macroId = (long)(await created.ReadJsonAsync())["id"]!;
        using (await Http.PostJsonAsync($"/api/v1/macros/{macroId}/versions", new { commit_message = "v1" }, Token))
        using (var published = await Http.PostJsonAsync($"/api/v1/macros/{macroId}/publish", new { }, Token))
        {
            Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        }
        var (_, path) = await fixture.PublishAsync("SELECT COUNT(*) AS n FROM items WHERE {% include '" + name + "' %}",
            """[{"name": "limit", "location": "query", "data_type": "number", "is_required": true}]""");

        using (var response = await Http.GetAsync($"/api/{path}?limit=3"))
        {
            var body = await response.ReadJsonAsync();
            Assert.True(response.IsSuccessStatusCode, body.ToJsonString());
            Assert.Equal(2L, (long)body["data"]![0]!["n"]!);
        }
        using var delete = await Http.SendAsync(new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/macros/{macroId}") { Headers = { Authorization = new("Bearer", Token) } });
        Assert.Equal(HttpStatusCode.Conflict, delete.StatusCode);
        Assert.Contains(path, (string?)(await delete.ReadJsonAsync())["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_UnknownMacroOrDatasource_Returns400NamingIt()
    {
        using var references = await Http.PostJsonAsync("/api/v1/apis", new
        {
            name = "dangling", path = "d" + Guid.NewGuid().ToString("N")[..8], datasource_id = 999_999, module_id = 888_888, content = "SELECT 1",
        }, Token);
        var errors = (await references.ReadJsonAsync())["errors"]!;
        Assert.Equal(HttpStatusCode.BadRequest, references.StatusCode);
        Assert.Contains("999999", (string?)errors["datasource_id"]![0], StringComparison.Ordinal);
        Assert.Contains("888888", (string?)errors["module_id"]![0], StringComparison.Ordinal);

        using var macro = await Http.PostJsonAsync("/api/v1/apis", new
        {
            name = "dangling macro", path = "d" + Guid.NewGuid().ToString("N")[..8], datasource_id = fixture.DatasourceId,
            content = "SELECT 1 WHERE {% include 'no_such_macro' %}",
        }, Token);
        Assert.Equal(HttpStatusCode.BadRequest, macro.StatusCode);
        Assert.Contains("no_such_macro", (string?)(await macro.ReadJsonAsync())["errors"]!["content"]![0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Debug_Draft_ShowsBoundSqlRowsAndTimings()
    {
        using var response = await Http.PostJsonAsync("/api/v1/apis/debug", new
        {
            content = "SELECT id, name FROM items WHERE id <= {{ max }} AND name LIKE {{ q | like_start }} ORDER BY id",
            datasource_id = fixture.DatasourceId,
            @params = new object[] { new { name = "max", location = "query", data_type = "integer" }, new { name = "q", location = "query", data_type = "string" } },
            values = new { max = 3, q = "item" },
        }, Token);
        var body = await response.ReadJsonAsync();

        Assert.True((bool)body["success"]!, body.ToJsonString());
        var statement = body["statements"]![0]!;
        Assert.Contains("@p0", (string?)statement["sql"], StringComparison.Ordinal);
        Assert.Equal(3L, (long)statement["values"]![0]!);
        Assert.Equal("item%", (string?)statement["values"]![1]);
        Assert.Equal(3, body["rows"]!.AsArray().Count);
        Assert.True((double)body["timings"]!["execute_ms"]! >= 0);
    }

    [Fact]
    public async Task Debug_BadTemplateOrSql_SaysWhereAndWhy()
    {
        using var template = await Http.PostJsonAsync("/api/v1/apis/debug", new { content = "SELECT 1\n{% if %}", datasource_id = fixture.DatasourceId }, Token);
        Assert.Equal(HttpStatusCode.BadRequest, template.StatusCode);
        Assert.Contains("line 2", (string?)(await template.ReadJsonAsync())["errors"]!["content"]![0], StringComparison.Ordinal);

        using var sql = await Http.PostJsonAsync("/api/v1/apis/debug", new { content = "SELECT nope FROM items", datasource_id = fixture.DatasourceId }, Token);
        var body = await sql.ReadJsonAsync();
        Assert.False((bool)body["success"]!);
        Assert.Contains("nope", (string?)body["error"], StringComparison.Ordinal);
        Assert.Equal("SELECT nope FROM items", (string?)body["statements"]![0]!["sql"]);
    }

    [Fact]
    public async Task Debug_Dml_IsRolledBack()
    {
        using var response = await Http.PostJsonAsync("/api/v1/apis/debug", new { content = "DELETE FROM items", datasource_id = fixture.DatasourceId }, Token);
        var body = await response.ReadJsonAsync();
        Assert.Equal(GatewayFixture<SqliteTestDatasource>.ItemCount, (int)body["rows_affected"]!);

        var (_, path) = await fixture.PublishAsync("SELECT COUNT(*) AS n FROM items WHERE id <= 50");
        using var count = await Http.GetAsync($"/api/{path}");
        Assert.Equal(GatewayFixture<SqliteTestDatasource>.ItemCount, (long)(await count.ReadJsonAsync())["data"]![0]!["n"]!);
    }

    [Fact]
    public async Task Module_Deactivated_StopsServingItsApis()
    {
        using var module = await Http.PostJsonAsync("/api/v1/modules", new { name = "m-" + Guid.NewGuid().ToString("N")[..6] }, Token);
        var moduleId = (long)(await module.ReadJsonAsync())["id"]!;
        var (_, path) = await fixture.PublishAsync("SELECT 1 AS one", extra: new() { ["module_id"] = moduleId });
        using (var served = await Http.GetAsync($"/api/{path}"))
        {
            Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        }

        using (await Http.PatchJsonAsync($"/api/v1/modules/{moduleId}", new { is_active = false }, Token))
        using (var hidden = await Http.GetAsync($"/api/{path}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        }
        using (await Http.PatchJsonAsync($"/api/v1/modules/{moduleId}", new { is_active = true }, Token))
        using (var back = await Http.GetAsync($"/api/{path}"))
        {
            Assert.Equal(HttpStatusCode.OK, back.StatusCode);
        }
    }

    [Fact]
    public async Task ConsumerOpenApi_DescribesParametersAndRules()
    {
        var (_, path) = await fixture.PublishAsync("SELECT id FROM items WHERE qty = {{ qty }}",
            """[{"name": "qty", "location": "query", "data_type": "integer", "is_required": true, "minimum": 0, "maximum": 6, "description": "Units."}]""");
        using var response = await Http.GetAsync("/api/openapi.json");
        var operation = (await response.ReadJsonAsync())["paths"]![$"/api/{path}"]!["get"]!;
        var parameter = operation["parameters"]![0]!;
        Assert.Equal("qty", (string?)parameter["name"]);
        Assert.True((bool)parameter["required"]!);
        Assert.Equal("integer", (string?)parameter["schema"]!["type"]);
        Assert.Equal(6, (int)parameter["schema"]!["maximum"]!);
    }
}
