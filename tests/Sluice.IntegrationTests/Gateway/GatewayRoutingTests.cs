using System.Net;
using Sluice.IntegrationTests.Infrastructure;

namespace Sluice.IntegrationTests.Gateway;

/// <summary>Which API a request reaches, and what a request that reaches none is told.</summary>
public sealed class GatewayRoutingTests(SqliteGateway fixture) : IClassFixture<SqliteGateway>
{
    private const string IdParam = """[{"name": "id", "location": "path", "data_type": "integer", "is_required": true}]""";

    private HttpClient Http => fixture.Server.Http;

    [Fact]
    public async Task Fallback_ManyPublishedApis_Answers404Or405WithAllow()
    {
        var shared = "fb" + Guid.NewGuid().ToString("N")[..8] + "/items/{id}";
        await fixture.PublishAsync("SELECT {{ id }} AS id", IdParam, extra: new() { ["path"] = shared });
        await fixture.PublishAsync("SELECT {{ id }} AS id", IdParam, method: "POST", extra: new() { ["path"] = shared });
        for (var i = 0; i < 30; i++)
        {
            await fixture.PublishAsync("SELECT {{ id }} AS id", IdParam, method: i % 2 == 0 ? "GET" : "PUT", pathSuffix: "/items/{id}");
        }
        var prefix = shared.Split('/')[0];

        using (var served = await Http.GetAsync($"/api/{prefix}/items/5"))
        {
            Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        }
        using (var delete = await Http.DeleteAsync($"/api/{prefix}/items/5"))
        {
            Assert.Equal(HttpStatusCode.MethodNotAllowed, delete.StatusCode);
            Assert.Equal(["GET", "POST"], delete.Content.Headers.Allow.Order(StringComparer.Ordinal));
            Assert.Contains("use GET or POST", (string?)(await delete.ReadJsonAsync())["message"], StringComparison.Ordinal);
        }
        using (var upperCase = await Http.PutAsync($"/api/{prefix.ToUpperInvariant()}/items/5", null))
        {
            Assert.Equal(HttpStatusCode.MethodNotAllowed, upperCase.StatusCode);
        }
        foreach (var missing in new[] { $"/api/{prefix}/items/5/more", $"/api/{prefix}/items", $"/api/{prefix}", "/api/nowhere-" + Guid.NewGuid().ToString("N")[..6] })
        {
            using var notFound = await Http.DeleteAsync(missing);
            Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
            var body = await notFound.ReadJsonAsync();
            Assert.False((bool)body["success"]!);
            Assert.Contains("No published API", (string?)body["message"], StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task HeaderParameter_WithUnderscore_IsReadFromTheHyphenatedHeaderOrTheNameInAnyCase()
    {
        var (_, path) = await fixture.PublishAsync("SELECT {{ rt_v }} AS v",
            """[{"name": "rt_v", "location": "header", "data_type": "integer", "is_required": true}]""");

        foreach (var (header, value) in new[] { ("Rt-V", 7L), ("RT-V", 8L), ("rt_v", 9L) })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/{path}");
            request.Headers.TryAddWithoutValidation(header, value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            using var response = await Http.SendAsync(request);
            var body = await response.ReadJsonAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{header}: {body.ToJsonString()}");
            Assert.Equal(value, (long)body["data"]![0]!["v"]!);
        }

        using (var missing = await Http.GetAsync($"/api/{path}"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
            Assert.Contains("rt_v", (string?)(await missing.ReadJsonAsync())["message"], StringComparison.Ordinal);
        }
        using var openApi = await Http.GetAsync("/api/openapi.json");
        var parameter = (await openApi.ReadJsonAsync())["paths"]![$"/api/{path}"]!["get"]!["parameters"]![0]!;
        Assert.Equal("rt-v", (string?)parameter["name"]);
        Assert.Equal("header", (string?)parameter["in"]);
    }
}
