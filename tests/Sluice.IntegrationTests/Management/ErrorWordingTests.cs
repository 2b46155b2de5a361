using System.Net;
using System.Net.Http.Headers;
using Sluice.IntegrationTests.Fuzz;
using Sluice.IntegrationTests.Infrastructure;

namespace Sluice.IntegrationTests.Management;

/// <summary>Errors a client can cause are worded for the client: an enum field's bad value
/// lists the values it takes, and no answer carries a .NET type name, a library's message
/// (System.Text.Json's, the token library's IDX codes) or an exception.</summary>
public sealed class ErrorWordingTests(SqliteServer fixture) : IClassFixture<SqliteServer>
{
    private static readonly string[] Internals = ["Sluice.", "System.", "IDX", "Exception", "Microsoft."];

    private HttpClient Http => fixture.Server.Http;

    [Theory]
    [InlineData("/api/v1/apis", """{"name": "a", "path": "a", "datasource_id": 1, "params": [{"name": "x", "location": "querystring"}]}""",
        "params[0].location", "'querystring' is not valid; use one of query, path, header, body.")]
    [InlineData("/api/v1/apis", """{"name": "a", "path": "a", "datasource_id": 1, "params": [{"name": "x"}, {"name": "y", "data_type": "str"}]}""",
        "params[1].data_type", "'str' is not valid; use one of string, integer, number, boolean, array, object, date, datetime.")]
    [InlineData("/api/v1/apis", """{"name": "a", "path": "a", "datasource_id": 1, "params": [{"name": "x", "location": 2}]}""",
        "params[0].location", "'2' is not valid; use one of query, path, header, body.")]
    [InlineData("/api/v1/apis", """{"name": "a", "path": "a", "datasource_id": 1, "http_method": "FETCH"}""",
        "http_method", "'FETCH' is not valid; use one of GET, POST, PUT, PATCH, DELETE.")]
    [InlineData("/api/v1/apis", """{"name": "a", "path": "a", "datasource_id": 1, "access_type": "secret"}""",
        "access_type", "'secret' is not valid; use one of public, private.")]
    [InlineData("/api/v1/apis", """{"name": "a", "path": "a", "datasource_id": 1, "execute_engine": "python"}""",
        "execute_engine", "'python' is not valid; use one of sql, script.")]
    [InlineData("/api/v1/apis/debug", """{"content": "SELECT 1", "datasource_id": 1, "params": [{"name": "x", "location": "cookie"}]}""",
        "params[0].location", "'cookie' is not valid; use one of query, path, header, body.")]
    [InlineData("/api/v1/datasources", """{"name": "d", "product_type": "oracle", "database": "x"}""",
        "product_type", "'oracle' is not valid; use one of postgres, mysql, sqlite, duckdb.")]
    [InlineData("/api/v1/roles", """{"name": "r", "permissions": [{"resource_type": "apis", "action": "read"}]}""",
        "permissions[0].resource_type", "'apis' is not valid; use one of datasource, module, group, api, macro, client, user, role, access_log, overview, audit, webhook.")]
    [InlineData("/api/v1/roles", """{"name": "r", "permissions": [{"resource_type": "api", "action": "read"}, {"resource_type": "api", "action": "write"}]}""",
        "permissions[1].action", "'write' is not valid; use one of read, create, update, delete, execute.")]
    public async Task EnumField_BadValue_Answers400NamingTheFieldAndListingTheValues(string path, string body, string field, string message)
    {
        await AssertFieldErrorAsync(path, body, field, message);
    }

    [Theory]
    [InlineData("""{"name": "a", "path": "a", "datasource_id": 1, "params": [{"name": "x"}, {"name": "y", "validate": "(value) => {\n  return value >;\n}"}]}""",
        "params[1].validate", "line 2, column 17: Unexpected token ';'")]
    [InlineData("""{"name": "a", "path": "a", "datasource_id": 1, "params": [{"name": "x", "validate": "value > 0; globalThis.y = 1"}]}""",
        "params[0].validate", "line 1, column 10: Unexpected token ';'")]
    [InlineData("""{"name": "a", "path": "a", "datasource_id": 1, "params": [{"name": "x", "validate": "value === 010"}]}""",
        "params[0].validate", "line 1, column 11: Octal literals are not allowed in strict mode")]
    [InlineData("""{"name": "a", "path": "a", "datasource_id": 1, "result_transform": "(rows) =>\n  rows.map(r => r.)"}""",
        "result_transform", "line 2, column 19: Unexpected token ')'")]
    [InlineData("""{"name": "a", "path": "a", "datasource_id": 1, "result_transform": "function transform(rows) {\n  let x = ;\n  return rows;\n}"}""",
        "result_transform", "line 2, column 11: Unexpected token ';'")]
    [InlineData("""{"name": "a", "path": "a", "datasource_id": 1, "result_transform": "rows.map(r => r.id)"}""",
        "result_transform", "A result transform is a function of the rows: write `(rows, params) => …`, or declare `function transform(rows, params) { … }` at the top level.")]
    public async Task ScriptField_DoesNotParse_Answers400WithLineAndColumnInTheAuthorsText(string body, string field, string message)
    {
        await AssertFieldErrorAsync("/api/v1/apis", body, field, message);
    }

    [Fact]
    public async Task DebugRun_ValidateScriptDoesNotParse_Answers400UnderTheParameterNotTheContent()
    {
        var body = """{"content": "SELECT 1", "datasource_id": 1, "params": [{"name": "x", "validate": "value > 0; globalThis.y = 1"}]}""";
        await AssertFieldErrorAsync("/api/v1/apis/debug", body, "params[0].validate", "line 1, column 10: Unexpected token ';'");
    }

    [Fact]
    public async Task ValidateScript_TooLong_Answers400WithTheLimit()
    {
        var body = $$"""{"name": "a", "path": "a", "datasource_id": 1, "params": [{"name": "x", "validate": "value > 0{{new string(' ', 4000)}}"}]}""";
        await AssertFieldErrorAsync("/api/v1/apis", body, "params[0].validate", "it is 4009 characters long; the limit is 4000 characters.");
    }

    private async Task AssertFieldErrorAsync(string path, string body, string field, string message)
    {
        var token = (await Http.LoginOkAsync()).AccessToken;
        using var response = await Http.PostRawAsync(path, body, "application/json", token);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode} {text}");
        var errors = (await response.ReadJsonAsync())["errors"]![field]?.AsArray().Select(error => (string?)error).ToList();
        Assert.True(errors is not null && errors.Contains(message), text);
        AssertNoInternals(text);
    }

    [Theory]
    [InlineData("abc.def.ghi")]
    [InlineData("not-a-token")]
    [InlineData("eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.")]
    [InlineData("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl")]
    public async Task ManagementRoute_MalformedOrForeignToken_Answers401InPlainWords(string bearer)
    {
        using var response = await GetWithBearerAsync("/api/v1/apis", bearer);
        await AssertPlain401Async(response, "invalid");
    }

    [Fact]
    public async Task ManagementRoute_TokenWithAnotherSignature_Answers401InPlainWords()
    {
        var token = (await Http.LoginOkAsync()).AccessToken;
        var parts = token.Split('.');
        var forged = $"{parts[0]}.{parts[1]}.{(parts[2][0] == 'A' ? 'B' : 'A')}{parts[2][1..]}";
        using var response = await GetWithBearerAsync("/api/v1/apis", forged);
        await AssertPlain401Async(response, "invalid");
    }

    [Fact]
    public async Task ManagementRoute_ExpiredToken_Answers401SayingItExpired()
    {
        await using var store = new SqliteTestStore();
        await using var server = await SluiceInstance.StartAsync(SluiceInstance.DefaultSettings(store.DatabaseUrl));
        var token = (await server.Http.LoginOkAsync()).AccessToken;
        server.Time.Advance(TimeSpan.FromDays(1));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/apis");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await server.Http.SendAsync(request);
        await AssertPlain401Async(response, "expired");
    }

    [Theory]
    [InlineData("/api/v1/apis?page=abc")]
    [InlineData("/api/v1/apis?module_id=x1")]
    [InlineData("/api/v1/apis?page_size=99999999999999999999")]
    [InlineData("/api/v1/apis?is_published=maybe")]
    [InlineData("/api/v1/access-logs?status=abc")]
    [InlineData("/api/v1/audit?user_id=abc")]
    [InlineData("/api/v1/apis/99999999999999999999")]
    [InlineData("/api/v1/apis/1/versions/abc/diff/-1")]
    public async Task QueryOrPathValue_OfTheWrongType_Answers4xxWithoutInternals(string path)
    {
        var token = (await Http.LoginOkAsync()).AccessToken;
        using var response = await Http.GetAsync(path, token);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode is >= 400 and < 500, $"{(int)response.StatusCode} {text}");
        AssertNoInternals(text);
    }

    private Task<HttpResponseMessage> GetWithBearerAsync(string path, string bearer)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + bearer);
        return Http.SendAsync(request);
    }

    private static async Task AssertPlain401Async(HttpResponseMessage response, string word)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{(int)response.StatusCode} {text}");
        Assert.Contains(word, (string)(await response.ReadJsonAsync())["detail"]!, StringComparison.Ordinal);
        AssertNoInternals(text);
    }

    private static void AssertNoInternals(string text)
    {
        foreach (var internals in Internals)
        {
            Assert.False(text.Contains(internals, StringComparison.Ordinal), $"the answer shows '{internals}': {text}");
        }
    }
}
