using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Sluice.IntegrationTests.Infrastructure;

namespace Sluice.IntegrationTests.Fuzz;

/// <summary>Bodies that are malformed, wrongly encoded or oddly typed get a 4xx that says what
/// was wrong, on management, login and token routes alike; never a 500.</summary>
public sealed class MalformedBodyTests(SqliteServer fixture) : IClassFixture<SqliteServer>
{
    private const string Login = "/api/v1/login/access-token";
    private const string Refresh = "/api/v1/login/refresh";
    private const string Token = "/api/token/generate";

    private HttpClient Http => fixture.Server.Http;

    // Large bodies go through a client that waits for the server's 100 Continue.
    private HttpClient Patient => _patient ??= RawRequests.PatientClient(fixture.Server.BaseAddress);

    private HttpClient? _patient;

    [Theory]
    [InlineData("/api/v1/modules")]
    [InlineData("/api/v1/roles")]
    [InlineData(Login)]
    public async Task JsonRoute_BogusCharset_Answers415NamingTheCharset(string path)
    {
        var token = (await Http.LoginOkAsync()).AccessToken;
        using var response = await Http.PostRawAsync(path, """{"name": "m1", "username": "a", "password": "b"}""", "application/json; charset=bogus", token);
        var problem = await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        Assert.Contains("'bogus'", (string)problem["detail"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_BogusCharset_Answers415InTheGatewayEnvelope()
    {
        using var response = await Http.PostRawAsync(Token, """{"client_id": "a"}""", "application/json; charset=bogus");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.False((bool)body["success"]!);
        Assert.Contains("'bogus'", (string)body["message"]!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Login, """{"username": "\xff", "password": "x"}""")]
    [InlineData(Login, """{"username": "\ud800", "password": "x"}""")]
    [InlineData(Login, """{"\ud800": "a", "username": "a", "password": "x"}""")]
    [InlineData(Refresh, """{"refresh_token": "\xff"}""")]
    [InlineData(Refresh, """{"refresh_token": "\udfff\ud800"}""")]
    [InlineData("/api/v1/modules", """{"name": "\ud800"}""")]
    [InlineData("/api/v1/modules", """{"name": "ok\xff"}""")]
    public async Task JsonBody_InvalidUtf8OrLoneSurrogate_Answers400(string path, string body)
    {
        var token = (await Http.LoginOkAsync()).AccessToken;
        using var response = await Http.SendRawAsync(HttpMethod.Post, path, RawRequests.WithInvalidByte(body), "application/json", token);
        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("not valid UTF-8 JSON", (string)problem["detail"]!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"client_id": "\xff", "client_secret": "s", "grant_type": "client_credentials"}""")]
    [InlineData("""{"client_id": "\ud800", "client_secret": "s", "grant_type": "client_credentials"}""")]
    public async Task Token_InvalidUtf8OrLoneSurrogate_Answers400(string body)
    {
        using var response = await Http.SendRawAsync(HttpMethod.Post, Token, RawRequests.WithInvalidByte(body), "application/json");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not valid UTF-8 JSON", (string)(await response.ReadJsonAsync())["message"]!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Login)]
    [InlineData(Refresh)]
    [InlineData(Token)]
    [InlineData("/token/generate")]
    public async Task FormRoute_MultipartWithoutBoundary_Answers400(string path)
    {
        using var response = await Http.PostRawAsync(path, "--x\r\nContent-Disposition: form-data; name=\"username\"\r\n\r\na\r\n--x--\r\n", "multipart/form-data");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("boundary", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Login)]
    [InlineData(Token)]
    public async Task FormRoute_MalformedMultipart_Answers400(string path)
    {
        using var response = await Http.PostRawAsync(path, "not a multipart body at all", "multipart/form-data; boundary=abc");
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    [Fact]
    public async Task Login_TenMegabyteForm_Answers413NamingTheSetting()
    {
        var form = "username=admin&password=" + new string('a', 10 * 1024 * 1024);
        using var response = await Patient.PostRawAsync(Login, form, "application/x-www-form-urlencoded");
        var problem = await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("MANAGEMENT_MAX_BODY_BYTES", (string)problem["detail"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_TenMegabyteBody_Answers413()
    {
        var form = "grant_type=client_credentials&client_id=a&client_secret=" + new string('a', 10 * 1024 * 1024);
        using var response = await Patient.PostRawAsync(Token, form, "application/x-www-form-urlencoded");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("GATEWAY_MAX_BODY_BYTES", (string)(await response.ReadJsonAsync())["message"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Roles_NullPermission_Answers400NamingIt()
    {
        var token = (await Http.LoginOkAsync()).AccessToken;
        using var response = await Http.PostRawAsync("/api/v1/roles", """{"name": "nulls", "permissions": [null]}""", "application/json", token);
        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.NotNull(problem["errors"]!["permissions[0]"]);
    }

    [Theory]
    [InlineData("/api/v1/modules", """{"name": 5}""", "name")]
    [InlineData("/api/v1/roles", """{"name": "r", "permissions": [{"action": []}]}""", "permissions[0].action")]
    [InlineData("/api/v1/clients", """{"name": "c", "api_ids": [1e400]}""", "api_ids[0]")]
    [InlineData("/api/v1/apis", """{"name": "a", "params": [null]}""", "params")]
    [InlineData("/api/v1/apis", """{"name": "a", "params": [{"name": 1}]}""", "params")]
    [InlineData("/api/v1/apis/debug", """{"content": "SELECT 1", "datasource_id": 1, "params": [null]}""", "params")]
    public async Task JsonBody_WrongShape_Answers400NamingTheFieldWithoutTypeNames(string path, string body, string field)
    {
        var token = (await Http.LoginOkAsync()).AccessToken;
        using var response = await Http.PostRawAsync(path, body, "application/json", token);
        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.NotNull(problem["errors"]![field]);
        Assert.DoesNotContain("System.", problem.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Sluice.", problem.ToJsonString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/modules", "[1, 2", "application/json")]
    [InlineData("/api/v1/modules", "{\"name\": \"a\"} trailing", "application/json")]
    [InlineData("/api/v1/modules", "{\"name\": \"a\"}", "text/plain")]
    [InlineData("/api/v1/modules", "{\"name\": \"a\"}", "not a media type")]
    [InlineData("/api/v1/modules", "[]", "application/json")]
    [InlineData("/api/v1/apis/debug", """{"identifiers": [1, null], "content": "SELECT 1", "datasource_id": 1}""", "application/json")]
    public async Task JsonRoute_MalformedBody_Answers4xxWithoutTypeNames(string path, string body, string contentType)
    {
        var token = (await Http.LoginOkAsync()).AccessToken;
        using var response = await Http.PostRawAsync(path, body, contentType, token);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode is >= 400 and < 500, $"{(int)response.StatusCode} {text}");
        Assert.DoesNotContain("System.", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/modules")]
    [InlineData(Login)]
    public async Task JsonRoute_NonJsonMediaType_Answers415(string path)
    {
        var token = (await Http.LoginOkAsync()).AccessToken;
        using var response = await Http.PostRawAsync(path, "{\"name\": \"a\"}", "application/xml", token);
        var problem = await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        Assert.Contains("application/json", (string)problem["detail"]!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text/csv")]
    [InlineData("application/x-ndjson")]
    public async Task ManagementError_AcceptingOnlyOtherTypes_StillAnswersTheProblem(string accept)
    {
        var token = (await Http.LoginOkAsync()).AccessToken;
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/modules/999999");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        using var response = await Http.SendAsync(request);
        var problem = await AssertProblemAsync(response, HttpStatusCode.NotFound);
        Assert.NotNull(problem["request_id"]);
    }

    [Fact]
    public async Task JsonRoute_QuotedUtf8Charset_IsAccepted()
    {
        var token = (await Http.LoginOkAsync()).AccessToken;
        var name = "q" + Guid.NewGuid().ToString("N")[..8];
        using var response = await Http.PostRawAsync("/api/v1/modules", $"{{\"name\": \"{name}\"}}", "application/json; charset=\"utf-8\"", token);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Token_JsonWithByteOrderMark_IsRead()
    {
        using var response = await Http.PostRawAsync(Token, "\uFEFF{\"client_id\": \"cl_x\", \"client_secret\": \"s\", \"grant_type\": \"client_credentials\"}", "application/json");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task JsonBody_NestedDeeperThanTheLimit_Answers400()
    {
        var token = (await Http.LoginOkAsync()).AccessToken;
        var body = new StringBuilder().Insert(0, "[", 200).Append(']', 200).ToString();
        using var response = await Http.PostRawAsync("/api/v1/modules", "{\"name\": " + body + "}", "application/json", token);
        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    private static async Task<JsonNode> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(text)!;
    }
}
