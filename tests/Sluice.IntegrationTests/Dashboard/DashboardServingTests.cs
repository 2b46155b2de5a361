using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Sluice.IntegrationTests.Infrastructure;

namespace Sluice.IntegrationTests.Dashboard;

/// <summary>The web app the server embeds: served at <c>/</c>, cached by content hash, its
/// client-side routes falling back to <c>index.html</c>, and never in the way of the APIs.</summary>
public sealed partial class DashboardServingTests(SqliteServer fixture) : IClassFixture<SqliteServer>
{
    private const int FirstRouteBudgetBytes = 250 * 1024;

    private HttpClient Http => fixture.Server.Http;

    private Task<HttpResponseMessage> GetPageAsync(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/xhtml+xml"));
        return Http.SendAsync(request);
    }

    private async Task<string> IndexHtmlAsync()
    {
        using var response = await GetPageAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The JavaScript a browser loads for the first page: the entry script and the
    /// chunks index.html preloads with it.</summary>
    private async Task<IReadOnlyList<string>> FirstRouteScriptsAsync() =>
        [.. FirstRouteScript().Matches(await IndexHtmlAsync()).Select(match => match.Groups["src"].Value).Distinct()];

    [GeneratedRegex("""<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="(?<src>/assets/[^"]+\.js)""")]
    private static partial Regex FirstRouteScript();

    [Fact]
    public async Task Root_AnswersTheAppPage_NotCachedAndWithAStrictScriptPolicy()
    {
        using var response = await GetPageAsync("/");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<div id=\"root\"></div>", html, StringComparison.Ordinal);
        Assert.True(response.Headers.CacheControl?.NoCache, response.Headers.CacheControl?.ToString());
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Asset_IsCachedForeverAsImmutable()
    {
        var script = (await FirstRouteScriptsAsync())[0];
        using var response = await Http.GetAsync(script);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task IndexHtml_ByItsName_IsNotCached()
    {
        using var response = await Http.GetAsync("/index.html");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoCache, response.Headers.CacheControl?.ToString());
    }

    [Theory]
    [InlineData("/apis/12")]
    [InlineData("/login")]
    [InlineData("/access-logs?page=2")]
    public async Task ClientSideRoute_FallsBackToTheAppPage(string path)
    {
        using var response = await GetPageAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(await IndexHtmlAsync(), await response.Content.ReadAsStringAsync());
        Assert.True(response.Headers.CacheControl?.NoCache);
    }

    [Theory]
    [InlineData("/api/v1/nope")]
    [InlineData("/api/v1/apis/not-a-number/x")]
    public async Task UnknownManagementRoute_StaysAJson404EvenForABrowser(string path)
    {
        using var response = await GetPageAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task UnknownGatewayPath_StaysTheGatewayEnvelope()
    {
        using var response = await GetPageAsync("/api/no-such-api");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False((bool)(await response.ReadJsonAsync())["success"]!);
    }

    [Theory]
    [InlineData("/docs/nope")]
    [InlineData("/mcp/nope")]
    [InlineData("/metrics/nope")]
    [InlineData("/token/nope")]
    public async Task ServerPath_IsNeverSwallowedByTheApp(string path)
    {
        using var response = await GetPageAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("<div id=\"root\">", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PageAddress_WithoutHtmlInAccept_IsNotFound()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/apis/12");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task PageAddress_WithAnotherMethod_IsNotFound()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/apis/12");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        using var response = await Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task MissingAsset_IsNotFound_NotTheAppPage()
    {
        using var response = await GetPageAsync("/assets/missing-0000.js");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task FirstRouteJavaScript_FitsTheGzipBudget()
    {
        var scripts = await FirstRouteScriptsAsync();
        Assert.NotEmpty(scripts);
        long total = 0;
        foreach (var script in scripts)
        {
            var bytes = await Http.GetByteArrayAsync(script);
            using var gzipped = new MemoryStream();
            await using (var gzip = new GZipStream(gzipped, CompressionLevel.Optimal, leaveOpen: true))
            {
                await gzip.WriteAsync(bytes);
            }
            total += gzipped.Length;
        }
        Assert.True(total < FirstRouteBudgetBytes,
            $"The first route loads {total / 1024} KB of gzipped JavaScript ({string.Join(", ", scripts)}); the budget is {FirstRouteBudgetBytes / 1024} KB.");
    }
}
