using System.Net;
using Sluice.IntegrationTests.Infrastructure;

namespace Sluice.IntegrationTests.Hosting;

/// <summary>Behaviour every response shares: request ids, security headers, CORS, host
/// filtering, problem bodies and the OpenAPI document.</summary>
public sealed class HostingScenarios(SqliteServer fixture) : IClassFixture<SqliteServer>
{
    private HttpClient Http => fixture.Server.Http;

    [Fact]
    public async Task AnyResponse_GivenRequestId_EchoesIt()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/utils/liveness/");
        request.Headers.Add("X-Request-ID", "trace-abc-123");
        using var response = await Http.SendAsync(request);
        Assert.Equal("trace-abc-123", response.Headers.GetValues("X-Request-ID").Single());
    }

    [Fact]
    public async Task AnyResponse_NoOrUnsafeRequestId_GetsAGeneratedOne()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/utils/liveness/");
        request.Headers.TryAddWithoutValidation("X-Request-ID", "bad id with spaces");
        using var response = await Http.SendAsync(request);
        var id = response.Headers.GetValues("X-Request-ID").Single();
        Assert.Matches("^[0-9a-f]{32}$", id);
    }

    [Fact]
    public async Task AnyResponse_CarriesSecurityHeaders()
    {
        using var response = await Http.GetAsync("/api/v1/utils/liveness/");
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task Preflight_FromFrontendHost_IsAllowedWithCredentials()
    {
        using var response = await PreflightAsync("http://localhost:5173");
        Assert.Equal("http://localhost:5173", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Equal("true", response.Headers.GetValues("Access-Control-Allow-Credentials").Single());
    }

    [Fact]
    public async Task Preflight_FromUnknownOrigin_IsNotAllowed()
    {
        using var response = await PreflightAsync("https://evil.example.com");
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Request_WithUnlistedHost_IsRejected()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/utils/liveness/");
        request.Headers.Host = "attacker.example.com";
        using var response = await Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task UnknownManagementRoute_AnswersProblemJson()
    {
        var tokens = await Http.LoginOkAsync();
        using var response = await Http.GetAsync("/api/v1/no-such-thing", tokens.AccessToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull((await response.ReadJsonAsync())["request_id"]);
    }

    [Fact]
    public async Task OpenApi_Document_DescribesManagementRoutesInSnakeCase()
    {
        using var response = await Http.GetAsync("/api/v1/openapi.json");
        var document = await response.ReadJsonAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var paths = document["paths"]!.AsObject();
        Assert.True(paths.ContainsKey("/api/v1/login/access-token"));
        Assert.True(paths.ContainsKey("/api/v1/users/me"));
        Assert.Contains("access_token", document["components"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DocsPage_InLocal_IsServed()
    {
        using var page = await Http.GetAsync("/api/v1/docs/index.html");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("swagger-ui", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var config = await Http.GetAsync("/api/v1/docs/index.js");
        Assert.Contains("/api/v1/openapi.json", await config.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private Task<HttpResponseMessage> PreflightAsync(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/v1/users/me");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "GET");
        request.Headers.Add("Access-Control-Request-Headers", "authorization");
        return Http.SendAsync(request);
    }
}
