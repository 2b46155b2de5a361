using System.Net;
using System.Text.Json.Nodes;
using Sluice.IntegrationTests.Gateway;
using Sluice.IntegrationTests.Infrastructure;

namespace Sluice.IntegrationTests.Management;

/// <summary>The template check over HTTP: undeclared variables refused with their position on
/// create, update, commit and debug; unused parameters returned as warnings; macros' variables
/// checked in the APIs that include them; parameters' validate scripts and the result transform
/// checked as JavaScript.</summary>
public sealed class TemplateCheckTests(SqliteGateway fixture) : IClassFixture<SqliteGateway>
{
    private const string StatusParam = """[{"name": "status", "location": "query", "data_type": "string"}]""";

    private HttpClient Http => fixture.Server.Http;
    private string Token => fixture.Token;

    private static string NewPath() => "tc" + Guid.NewGuid().ToString("N")[..10];

    private Dictionary<string, object?> ApiBody(string content, string parameters) => new()
    {
        ["name"] = NewPath(), ["path"] = NewPath(), ["datasource_id"] = fixture.DatasourceId, ["content"] = content,
        ["params"] = JsonNode.Parse(parameters),
    };

    private static async Task<JsonNode> AssertTemplateErrorAsync(HttpResponseMessage response, string name, int line, int column)
    {
        var problem = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, problem.ToJsonString());
        var error = Assert.Single(problem["template_errors"]!.AsArray())!;
        Assert.Equal((name, line, column), ((string?)error["name"], (int)error["line"]!, (int)error["column"]!));
        Assert.Equal($"line {line}, column {column}: {(string?)error["message"]}", (string?)problem["errors"]!["content"]![0]);
        return error;
    }

    private async Task<long> CreateAsync(string content, string parameters)
    {
        using var created = await Http.PostJsonAsync("/api/v1/apis", ApiBody(content, parameters), Token);
        var body = await created.ReadJsonAsync();
        Assert.True(created.StatusCode == HttpStatusCode.Created, body.ToJsonString());
        return (long)body["id"]!;
    }

    private async Task<long> PublishMacroAsync(string name, string content, long? existing = null)
    {
        using var saved = existing is { } id
            ? await Http.PatchJsonAsync($"/api/v1/macros/{id}", new { content }, Token)
            : await Http.PostJsonAsync("/api/v1/macros", new { name, content }, Token);
        var macroId = (long)(await saved.ReadJsonAsync())["id"]!;
        using (await Http.PostJsonAsync($"/api/v1/macros/{macroId}/versions", new { commit_message = "v" }, Token))
        using (var published = await Http.PostJsonAsync($"/api/v1/macros/{macroId}/publish", new { }, Token))
        {
            Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        }
        return macroId;
    }

    [Fact]
    public async Task Create_MisspeltVariableMidLine_Answers400WithLineColumnAndSuggestion()
    {
        using var response = await Http.PostJsonAsync("/api/v1/apis",
            ApiBody("SELECT id, name\nFROM items\nWHERE qty > 0 AND name = {{ statuss }}\nORDER BY id", StatusParam), Token);

        var error = await AssertTemplateErrorAsync(response, "statuss", 3, 29);
        Assert.Equal("'statuss' is not a declared parameter (did you mean 'status'?); declare it in params or fix the name.", (string?)error["message"]);
    }

    [Fact]
    public async Task Create_SyntaxError_UsesTheSameTemplateErrorShapeWithoutAName()
    {
        using var response = await Http.PostJsonAsync("/api/v1/apis", ApiBody("SELECT 1\nWHERE {{ id | nosuch }}", """[{"name": "id"}]"""), Token);

        var problem = await response.ReadJsonAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single(problem["template_errors"]!.AsArray())!;
        Assert.Equal((2, 15, "Unknown filter 'nosuch'."), ((int)error["line"]!, (int)error["column"]!, (string?)error["message"]));
        Assert.Null(error["name"]);
    }

    [Fact]
    public async Task Update_ParamsDropTheOneTheTemplateReads_Answers400AndKeepsTheDraft()
    {
        var id = await CreateAsync("SELECT id FROM items\n  WHERE name = {{ status }}", StatusParam);

        using var response = await Http.PatchJsonAsync($"/api/v1/apis/{id}", new { @params = Array.Empty<object>() }, Token);

        var error = await AssertTemplateErrorAsync(response, "status", 2, 19);
        Assert.Equal("'status' is not a declared parameter; declare it in params or fix the name.", (string?)error["message"]);
        using var draft = await Http.GetAsync($"/api/v1/apis/{id}", Token);
        Assert.Equal("status", (string?)(await draft.ReadJsonAsync())["params"]![0]!["name"]);
    }

    [Fact]
    public async Task ValidateAndTransform_ThatParse_AreSavedCommittedAndCleared()
    {
        var body = ApiBody("SELECT id FROM items WHERE name = {{ status }}",
            """[{"name": "status", "validate": "value.length <= 20 || 'is too long'"}, {"name": "note", "validate": "  "}]""");
        body["result_transform"] = "(rows, params) => rows.map(r => r.id)";
        using var created = await Http.PostJsonAsync("/api/v1/apis", body, Token);
        var api = await created.ReadJsonAsync();
        Assert.True(created.StatusCode == HttpStatusCode.Created, api.ToJsonString());
        Assert.Equal("value.length <= 20 || 'is too long'", (string?)api["params"]![0]!["validate"]);
        Assert.Null(api["params"]![1]!["validate"]);

        using var commit = await Http.PostJsonAsync($"/api/v1/apis/{api["id"]}/versions", new { commit_message = "v1" }, Token);
        Assert.Equal("(rows, params) => rows.map(r => r.id)", (string?)(await commit.ReadJsonAsync())["result_transform"]);

        using var broken = await Http.PatchJsonAsync($"/api/v1/apis/{api["id"]}", new { result_transform = "function transform(rows) {\n  return rows.;\n}" }, Token);
        var problem = await broken.ReadJsonAsync();
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Equal(["line 2, column 15: Unexpected token ';'"], problem["errors"]!["result_transform"]!.AsArray().Select(e => (string?)e));

        using var cleared = await Http.PatchJsonAsync($"/api/v1/apis/{api["id"]}", new { result_transform = "" }, Token);
        Assert.Equal(HttpStatusCode.OK, cleared.StatusCode);
        Assert.Null((await cleared.ReadJsonAsync())["result_transform"]);
    }

    [Fact]
    public async Task Update_ContentWithUndeclaredVariable_Answers400()
    {
        var id = await CreateAsync("SELECT id FROM items WHERE name = {{ status }}", StatusParam);

        using var response = await Http.PatchJsonAsync($"/api/v1/apis/{id}", new { content = "SELECT id FROM items WHERE name = {{ status }} AND qty = {{ qty }}" }, Token);

        await AssertTemplateErrorAsync(response, "qty", 1, 61);
    }

    [Fact]
    public async Task CreateAndCommit_UnusedParameter_SucceedWithWarnings()
    {
        using var created = await Http.PostJsonAsync("/api/v1/apis", ApiBody("SELECT id FROM items WHERE name = {{ status }}",
            """[{"name": "status"}, {"name": "limit", "data_type": "integer"}]"""), Token);
        var api = await created.ReadJsonAsync();
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(["parameter 'limit' is declared but the template never reads it."], api["warnings"]!.AsArray().Select(w => (string?)w));

        using var commit = await Http.PostJsonAsync($"/api/v1/apis/{api["id"]}/versions", new { commit_message = "v1" }, Token);
        var version = await commit.ReadJsonAsync();
        Assert.Equal(HttpStatusCode.Created, commit.StatusCode);
        Assert.Equal(["parameter 'limit' is declared but the template never reads it."], version["warnings"]!.AsArray().Select(w => (string?)w));

        using var read = await Http.GetAsync($"/api/v1/apis/{api["id"]}", Token);
        Assert.Null((await read.ReadJsonAsync())["warnings"]);
    }

    [Fact]
    public async Task Create_PathParameterAndParameterReadOnlyInAMacro_AreNotWarnedAbout()
    {
        var macro = "tenant_" + Guid.NewGuid().ToString("N")[..6];
        await PublishMacroAsync(macro, "AND qty <= {{ max_qty }}");
        var body = ApiBody($"SELECT id FROM items WHERE 1 = 1 {{% include '{macro}' %}}",
            """[{"name": "max_qty", "data_type": "integer"}, {"name": "id", "location": "path", "data_type": "integer"}]""");
        body["path"] = NewPath() + "/{id}";

        using var created = await Http.PostJsonAsync("/api/v1/apis", body, Token);

        var api = await created.ReadJsonAsync();
        Assert.True(created.StatusCode == HttpStatusCode.Created, api.ToJsonString());
        Assert.Empty(api["warnings"]!.AsArray());
    }

    [Fact]
    public async Task Commit_IncludedMacroNowReadsAnUndeclaredVariable_Answers400InTheApisTerms()
    {
        var name = "cheap_" + Guid.NewGuid().ToString("N")[..6];
        var macroId = await PublishMacroAsync(name, "price < {{ limit }}");
        var id = await CreateAsync($"SELECT id FROM items\nWHERE {{% include '{name}' %}}", """[{"name": "limit", "data_type": "number"}]""");
        // A macro may read what it likes: each including API is checked against its own parameters.
        await PublishMacroAsync(name, "price < {{ limit }}\n  AND qty < {{ max_qty }}", macroId);

        using var commit = await Http.PostJsonAsync($"/api/v1/apis/{id}/versions", new { commit_message = "v1" }, Token);

        var error = await AssertTemplateErrorAsync(commit, "max_qty", 2, 10);
        Assert.Equal($"In macro '{name}', line 2, column 16: 'max_qty' is not a declared parameter; declare it in params or fix the name.",
            (string?)error["message"]);
        using var versions = await Http.GetAsync($"/api/v1/apis/{id}/versions", Token);
        Assert.Equal(0, (int)(await versions.ReadJsonAsync())["total"]!);
    }

    [Fact]
    public async Task Debug_UndeclaredVariable_Answers400BeforeRunning()
    {
        using var response = await Http.PostJsonAsync("/api/v1/apis/debug", new
        {
            content = "SELECT id FROM items\nWHERE id = {{ id }} OR id = {{ idd }}",
            datasource_id = fixture.DatasourceId,
            @params = new[] { new { name = "id", location = "query", data_type = "integer" } },
            values = new { id = 1 },
        }, Token);

        await AssertTemplateErrorAsync(response, "idd", 2, 32);
    }

    [Fact]
    public async Task Debug_ParameterWithoutNameAndUndeclaredVariable_Answers400NamingBoth()
    {
        using var response = await Http.PostJsonAsync("/api/v1/apis/debug", new
        {
            content = "SELECT {{ a }}",
            datasource_id = fixture.DatasourceId,
            @params = new[] { new { name = (string?)null, location = "query", data_type = "integer" } },
        }, Token);

        var problem = await response.ReadJsonAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(problem["errors"]!["params"]);
        Assert.Equal("a", (string?)Assert.Single(problem["template_errors"]!.AsArray())!["name"]);
    }

    [Fact]
    public async Task Macro_SyntaxErrorIsRefusedButFreeVariablesAreAllowedAndListed()
    {
        using var broken = await Http.PostJsonAsync("/api/v1/macros", new { name = "m_" + Guid.NewGuid().ToString("N")[..8], content = "AND\n{% if x %}" }, Token);
        var problem = await broken.ReadJsonAsync();
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Equal(2, (int)Assert.Single(problem["template_errors"]!.AsArray())!["line"]!);

        using var free = await Http.PostJsonAsync("/api/v1/macros",
            new { name = "m_" + Guid.NewGuid().ToString("N")[..8], content = "AND qty = {{ anything }} {% assign x = 1 %}{{ x }}" }, Token);
        Assert.Equal(HttpStatusCode.Created, free.StatusCode);
        Assert.Equal(["anything"], (await free.ReadJsonAsync())["reads"]!.AsArray().Select(name => (string?)name));
    }
}
