using System.Net;
using System.Text.Json.Nodes;
using Sluice.Core.Macros;
using Sluice.Core.Storage;
using Sluice.IntegrationTests.Gateway;
using Sluice.IntegrationTests.Infrastructure;

namespace Sluice.IntegrationTests.Management;

/// <summary>JavaScript macros beside SQL ones, on each metadata store: the language chosen at
/// creation and kept, the module check with line and column, publishing, the scope scripts get,
/// and SQL templates that cannot include them.</summary>
public abstract class ScriptMacroScenarios<TFixture>(TFixture fixture) where TFixture : GatewayFixture<SqliteTestDatasource>
{
    private const string Slugify = "export function slugify(text) {\n  return String(text).trim().toLowerCase().replace(/\\s+/g, \"-\");\n}\n";

    private HttpClient Http => fixture.Server.Http;
    private string Token => fixture.Token;

    private static string NewName(string prefix) => prefix + "_" + Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task Create_JavaScriptMacro_KeepsItsLanguageAndReadsNothing()
    {
        var name = NewName("text_utils");
        var created = await CreateAsync(new { name, language = "javascript", content = Slugify });
        var sql = await CreateAsync(new { name = NewName("paging"), content = "LIMIT {{ limit }}" });

        using var fetched = await Http.GetAsync($"/api/v1/macros/{(long)created["id"]!}", Token);
        var macro = await fetched.ReadJsonAsync();
        Assert.Equal(("javascript", Slugify), ((string?)macro["language"], (string?)macro["content"]));
        Assert.Empty(macro["reads"]!.AsArray());
        Assert.Equal("sql", (string?)sql["language"]);
        Assert.Equal(["limit"], sql["reads"]!.AsArray().Select(read => (string?)read));

        var scripts = await ListNamesAsync("?language=javascript&page_size=200");
        Assert.Contains(name, scripts);
        Assert.DoesNotContain((string?)sql["name"], scripts);
        Assert.Contains((string?)sql["name"], await ListNamesAsync("?language=SQL&page_size=200"));
    }

    [Fact]
    public async Task Create_UnknownLanguage_Answers400ListingTheLanguages()
    {
        using var response = await Http.PostJsonAsync("/api/v1/macros", new { name = NewName("py"), language = "python", content = "def f(): pass" }, Token);
        var problem = await response.ReadJsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("'python' is not valid; use one of sql, javascript.", (string?)problem["errors"]!["language"]![0]);
    }

    [Fact]
    public async Task Create_JavaScriptSyntaxError_Answers400WithLineAndColumn()
    {
        using var response = await Http.PostJsonAsync("/api/v1/macros",
            new { name = NewName("broken"), language = "javascript", content = "export function twice(x) {\n  return x * ;\n}\n" }, Token);
        var problem = await response.ReadJsonAsync();

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, problem.ToJsonString());
        var error = Assert.Single(problem["template_errors"]!.AsArray())!;
        Assert.Equal((2, 14), ((int)error["line"]!, (int)error["column"]!));
        Assert.Equal($"line 2, column 14: {(string?)error["message"]}", (string?)problem["errors"]!["content"]![0]);
        Assert.DoesNotContain("Exception", (string?)error["message"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_JavaScriptSyntaxError_Answers400AndKeepsTheDraft()
    {
        var id = (long)(await CreateAsync(new { name = NewName("helpers"), language = "javascript", content = Slugify }))["id"]!;

        using var response = await Http.PatchJsonAsync($"/api/v1/macros/{id}", new { content = "export const a = 1;\nexport function (x) {}\n" }, Token);
        var problem = await response.ReadJsonAsync();
        using var fetched = await Http.GetAsync($"/api/v1/macros/{id}", Token);

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, problem.ToJsonString());
        Assert.Equal(2, (int)Assert.Single(problem["template_errors"]!.AsArray())!["line"]!);
        Assert.Equal(Slugify, (string?)(await fetched.ReadJsonAsync())["content"]);
    }

    [Fact]
    public async Task Create_SqlTemplateAsJavaScript_IsRefusedAndTheSameTextAsSqlIsNot()
    {
        using var refused = await Http.PostJsonAsync("/api/v1/macros", new { name = NewName("m"), language = "javascript", content = "AND price < {{ limit }}" }, Token);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);

        await CreateAsync(new { name = NewName("m"), content = "AND price < {{ limit }}" });
    }

    [Fact]
    public async Task Update_AnotherLanguage_Answers400SayingItCannotChange()
    {
        var sql = await CreateAsync(new { name = NewName("filters"), content = "AND a = {{ a }}" });
        var script = await CreateAsync(new { name = NewName("helpers"), language = "javascript", content = Slugify });

        using var toScript = await Http.PatchJsonAsync($"/api/v1/macros/{(long)sql["id"]!}", new { language = "javascript" }, Token);
        using var toSql = await Http.PatchJsonAsync($"/api/v1/macros/{(long)script["id"]!}", new { language = "sql", content = "AND a = 1" }, Token);
        using var same = await Http.PatchJsonAsync($"/api/v1/macros/{(long)script["id"]!}", new { language = "javascript", description = "text helpers" }, Token);

        Assert.Equal(HttpStatusCode.BadRequest, toScript.StatusCode);
        Assert.Equal("is sql and cannot change; create a new javascript macro instead.", (string?)(await toScript.ReadJsonAsync())["errors"]!["language"]![0]);
        Assert.Equal(HttpStatusCode.BadRequest, toSql.StatusCode);
        Assert.Equal("is javascript and cannot change; create a new sql macro instead.", (string?)(await toSql.ReadJsonAsync())["errors"]!["language"]![0]);
        var kept = await same.ReadJsonAsync();
        Assert.True(same.StatusCode == HttpStatusCode.OK, kept.ToJsonString());
        Assert.Equal(("javascript", "text helpers", Slugify), ((string?)kept["language"], (string?)kept["description"], (string?)kept["content"]));
    }

    [Fact]
    public async Task Create_NameOfAMacroInTheOtherLanguage_Answers409()
    {
        var name = NewName("shared");
        await CreateAsync(new { name, content = "AND a = 1" });

        using var response = await Http.PostJsonAsync("/api/v1/macros", new { name, language = "javascript", content = Slugify }, Token);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task Publish_JavaScriptMacros_ReachTheScriptScopeOfTheirModuleOnly()
    {
        var module = await CreateModuleAsync();
        var other = await CreateModuleAsync();
        var global = NewName("global_js");
        var local = NewName("module_js");
        var sql = NewName("module_sql");
        await PublishAsync(await CreateAsync(new { name = global, language = "javascript", content = Slugify }));
        await PublishAsync(await CreateAsync(new { name = local, module_id = module, language = "javascript", content = "export const answer = 42;\n" }));
        await PublishAsync(await CreateAsync(new { name = sql, module_id = module, content = "AND a = 1" }));

        var config = DatabaseUrl.TryParse(fixture.Server.Settings["DATABASE_URL"], Directory.GetCurrentDirectory(), out _)!;
        await using var db = new MetadataDb(config);
        var published = await new MacroStore(db, TimeProvider.System).PublishedAsync(CancellationToken.None);

        var scripts = MacroScope.ScriptsFor(published, module);
        Assert.Equal((Slugify, "export const answer = 42;\n"), (scripts[global], scripts[local]));
        Assert.False(scripts.ContainsKey(sql));
        Assert.False(MacroScope.ScriptsFor(published, other).ContainsKey(local));
        Assert.True(MacroScope.ScriptsFor(published, other).ContainsKey(global));
        Assert.False(MacroScope.For(published, module).ContainsKey(global));
        Assert.True(MacroScope.For(published, module).ContainsKey(sql));
    }

    [Fact]
    public async Task Include_PublishedJavaScriptMacro_IsRefusedLikeAnUnknownMacro()
    {
        var name = NewName("js_only");
        await PublishAsync(await CreateAsync(new { name, language = "javascript", content = Slugify }));

        using var response = await Http.PostJsonAsync("/api/v1/apis", new
        {
            name = NewName("includes_js"), path = NewName("inc"), datasource_id = fixture.DatasourceId,
            content = $"SELECT 1 AS one WHERE 1 = 1 {{% include '{name}' %}}",
        }, Token);
        var problem = await response.ReadJsonAsync();

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, problem.ToJsonString());
        var message = (string?)problem["errors"]!["content"]![0];
        Assert.Contains($"'{name}'", message, StringComparison.Ordinal);
        Assert.Equal(1, (int)Assert.Single(problem["template_errors"]!.AsArray())!["line"]!);
    }

    [Fact]
    public async Task Delete_JavaScriptMacroImportedByAPublishedOne_Answers409NamingIt()
    {
        var imported = NewName("text_utils");
        var importer = NewName("titles");
        var importedMacro = await CreateAsync(new { name = imported, language = "javascript", content = Slugify });
        await PublishAsync(importedMacro);
        await PublishAsync(await CreateAsync(new
        {
            name = importer, language = "javascript",
            content = $"import {{ slugify }} from \"{imported}\";\nexport function title(text) {{ return slugify(text).toUpperCase(); }}\n",
        }));

        using var response = await Http.SendAsync(new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/macros/{(long)importedMacro["id"]!}")
        {
            Headers = { Authorization = new("Bearer", Token) },
        });
        var problem = await response.ReadJsonAsync();

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal($"Macro '{imported}' is imported by these published APIs or macros: macro {importer}. Change and republish them first.", (string?)problem["detail"]);
    }

    private async Task<JsonNode> CreateAsync(object body)
    {
        using var response = await Http.PostJsonAsync("/api/v1/macros", body, Token);
        var created = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, created.ToJsonString());
        return created;
    }

    private async Task PublishAsync(JsonNode macro)
    {
        var id = (long)macro["id"]!;
        using (var committed = await Http.PostJsonAsync($"/api/v1/macros/{id}/versions", new { commit_message = "first" }, Token))
        {
            Assert.Equal(HttpStatusCode.Created, committed.StatusCode);
        }
        using var published = await Http.PostJsonAsync($"/api/v1/macros/{id}/publish", new { }, Token);
        var body = await published.ReadJsonAsync();
        Assert.True(published.StatusCode == HttpStatusCode.OK, body.ToJsonString());
        Assert.True((bool)body["is_published"]!);
    }

    private async Task<long> CreateModuleAsync()
    {
        using var response = await Http.PostJsonAsync("/api/v1/modules", new { name = NewName("module") }, Token);
        var body = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body.ToJsonString());
        return (long)body["id"]!;
    }

    private async Task<IReadOnlyList<string?>> ListNamesAsync(string query)
    {
        using var response = await Http.GetAsync("/api/v1/macros" + query, Token);
        var body = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToJsonString());
        return body["data"]!.AsArray().Select(macro => (string?)macro!["name"]).ToArray();
    }
}

public sealed class SqliteScriptMacros(SqliteGateway fixture) : ScriptMacroScenarios<SqliteGateway>(fixture), IClassFixture<SqliteGateway>;

public sealed class PostgresScriptMacros(PostgresStoreGateway fixture) : ScriptMacroScenarios<PostgresStoreGateway>(fixture), IClassFixture<PostgresStoreGateway>;
