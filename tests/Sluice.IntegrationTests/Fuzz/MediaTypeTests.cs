using System.Net;
using System.Text.Json.Nodes;
using Sluice.IntegrationTests.Infrastructure;

namespace Sluice.IntegrationTests.Fuzz;

/// <summary>A management body sent without a Content-Type, or with one its route does not take,
/// answers 415 naming the media types the route takes (never 404); routes whose body is
/// optional still work without one.</summary>
public sealed class MediaTypeTests(DemoServer fixture) : IClassFixture<DemoServer>
{
    private const string FormTypes = "application/json, application/x-www-form-urlencoded or multipart/form-data";

    private HttpClient Http => fixture.Server.Http;

    [Theory]
    [InlineData("/api/v1/apis", null)]
    [InlineData("/api/v1/apis", "text/plain")]
    [InlineData("/api/v1/datasources", null)]
    [InlineData("/api/v1/datasources", "application/x-www-form-urlencoded")]
    [InlineData("/api/v1/modules", "text/plain; charset=utf-8")]
    [InlineData("/api/v1/apis/debug", null)]
    [InlineData("/api/v1/roles", "application/xml")]
    [InlineData("/api/v1/users", null)]
    public async Task Post_MissingOrWrongContentType_Answers415NamingApplicationJson(string path, string? contentType)
    {
        var token = (await Http.LoginOkAsync()).AccessToken;
        using var response = await Http.PostRawAsync(path, """{"name": "m"}""", contentType, token);
        var detail = await Assert415Async(response);
        Assert.Contains("application/json", detail, StringComparison.Ordinal);
        Assert.Contains(contentType is null ? "no Content-Type" : contentType.Split(';')[0], detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/login/access-token", "text/plain")]
    [InlineData("/api/v1/login/access-token", null)]
    [InlineData("/api/v1/login/refresh", "application/xml")]
    public async Task Login_MissingOrWrongContentType_Answers415NamingJsonAndForms(string path, string? contentType)
    {
        using var response = await Http.PostRawAsync(path, $$"""{"username": "{{SluiceInstance.AdminUser}}", "password": "x"}""", contentType);
        Assert.Contains(FormTypes, await Assert415Async(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishUnpublishRestore_NoBodyAtAll_Work()
    {
        var token = (await Http.LoginOkAsync()).AccessToken;
        var (id, versionId) = await DemoApiAsync(token);
        foreach (var action in new[] { "unpublish", "publish", $"versions/{versionId}/restore" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/apis/{id}/{action}");
            request.Headers.Authorization = new("Bearer", token);
            using var response = await Http.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{action}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
        using var api = await Http.GetAsync($"/api/v1/apis/{id}", token);
        Assert.True((bool)(await api.ReadJsonAsync())["is_published"]!);
    }

    [Theory]
    [InlineData("", null)]
    [InlineData("{}", "application/json")]
    public async Task Publish_EmptyOrJsonBody_Publishes(string body, string? contentType)
    {
        var token = (await Http.LoginOkAsync()).AccessToken;
        var (id, _) = await DemoApiAsync(token);
        using var response = await Http.PostRawAsync($"/api/v1/apis/{id}/publish", body, contentType, token);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    [Theory]
    [InlineData("publish")]
    [InlineData("unpublish")]
    public async Task OptionalBody_WrongContentType_Answers415(string action)
    {
        var token = (await Http.LoginOkAsync()).AccessToken;
        var (id, _) = await DemoApiAsync(token);
        using var response = await Http.PostRawAsync($"/api/v1/apis/{id}/{action}", "{}", "text/plain", token);
        Assert.Contains("application/json", await Assert415Async(response), StringComparison.Ordinal);
    }

    /// <summary>Every POST, PUT and PATCH route of /api/v1/openapi.json, whether or not it
    /// declares a body.</summary>
    [Fact]
    public async Task EveryBodyRoute_MissingOrWrongContentType_Answers415()
    {
        var token = (await Http.LoginOkAsync()).AccessToken;
        var routes = (await OpenApiRoutes.LoadAsync(Http))
            .Where(route => route.Template.StartsWith("/api/v1/", StringComparison.Ordinal) && route.Method is "POST" or "PUT" or "PATCH")
            .ToList();
        Assert.True(routes.Count >= 20, $"only {routes.Count} body routes found");
        foreach (var route in routes)
        {
            var path = System.Text.RegularExpressions.Regex.Replace(route.Template, @"\{[^}]+\}", "1");
            foreach (var contentType in new[] { null, "text/plain" })
            {
                using var response = await Http.SendRawAsync(new HttpMethod(route.Method), path, "{}"u8.ToArray(), contentType, token);
                var text = await response.Content.ReadAsStringAsync();
                Assert.True(response.StatusCode == HttpStatusCode.UnsupportedMediaType,
                    $"{route.Method} {path} with {contentType ?? "no Content-Type"}: {(int)response.StatusCode} {text}");
                Assert.Contains("application/json", text, StringComparison.Ordinal);
            }
        }
    }

    private async Task<(long Id, long VersionId)> DemoApiAsync(string token)
    {
        using var apis = await Http.GetAsync("/api/v1/apis?is_published=true", token);
        var id = (long)(await apis.ReadJsonAsync())["data"]![0]!["id"]!;
        using var versions = await Http.GetAsync($"/api/v1/apis/{id}/versions", token);
        return (id, (long)(await versions.ReadJsonAsync())["data"]![0]!["id"]!);
    }

    private static async Task<string> Assert415Async(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.UnsupportedMediaType, $"expected 415, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (string)JsonNode.Parse(text)!["detail"]!;
    }
}
