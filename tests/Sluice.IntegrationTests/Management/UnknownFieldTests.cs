using System.Net;
using Sluice.IntegrationTests.Gateway;
using Sluice.IntegrationTests.Infrastructure;

namespace Sluice.IntegrationTests.Management;

/// <summary>A field the route does not have is a 400 naming it (and the field it most likely
/// meant), never silently dropped.</summary>
public sealed class UnknownFieldTests(SqliteGateway fixture) : IClassFixture<SqliteGateway>
{
    private HttpClient Http => fixture.Server.Http;
    private string Token => fixture.Token;

    [Fact]
    public async Task Publish_MisspelledVersionId_Answers400SuggestingItAndPublishesNothingNew()
    {
        var (id, path) = await fixture.PublishAsync("SELECT 'first' AS answer");
        using (await Http.PatchJsonAsync($"/api/v1/apis/{id}", new { content = "SELECT 'second' AS answer" }, Token))
        using (await Http.PostJsonAsync($"/api/v1/apis/{id}/versions", new { commit_message = "second" }, Token))
        {
        }

        using var publish = await Http.PostJsonAsync($"/api/v1/apis/{id}/publish", new { versoin_id = 1 }, Token);
        var problem = await publish.ReadJsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, publish.StatusCode);
        Assert.Contains("did you mean 'version_id'?", (string?)problem["errors"]!["versoin_id"]![0], StringComparison.Ordinal);
        using var served = await Http.GetAsync($"/api/{path}");
        Assert.Equal("first", (string?)(await served.ReadJsonAsync())["data"]![0]!["answer"]);
    }

    [Fact]
    public async Task Create_SeveralUnknownFieldsAtAnyDepth_NamesEachOne()
    {
        using var module = await Http.PostJsonAsync("/api/v1/modules", new { name = "m-" + Guid.NewGuid().ToString("N")[..8], descripton = "typo", zzz = 1 }, Token);
        var errors = (await module.ReadJsonAsync())["errors"]!;

        Assert.Equal(HttpStatusCode.BadRequest, module.StatusCode);
        Assert.Contains("did you mean 'description'?", (string?)errors["descripton"]![0], StringComparison.Ordinal);
        Assert.Contains("openapi.json", (string?)errors["zzz"]![0], StringComparison.Ordinal);

        using var role = await Http.PostJsonAsync("/api/v1/roles", new
        {
            name = "r-" + Guid.NewGuid().ToString("N")[..8],
            permissions = new[] { new { resource_type = "api", action = "read", actoin = "read" } },
        }, Token);
        Assert.Equal(HttpStatusCode.BadRequest, role.StatusCode);
        Assert.Contains("did you mean 'action'?", (string?)(await role.ReadJsonAsync())["errors"]!["permissions[0].actoin"]![0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_RepeatedUnknownField_Answers400NotAnError()
    {
        using var content = new StringContent("""{"name": "dup", "header": 1, "header": true}""", System.Text.Encoding.UTF8, "application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/modules") { Content = content, Headers = { Authorization = new("Bearer", Token) } };
        using var response = await Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.ReadJsonAsync())["errors"]!["header"]);
    }

    [Fact]
    public async Task Login_OAuthStyleExtraFields_AreStillAccepted()
    {
        using var login = await Http.PostJsonAsync("/api/v1/login/access-token", new
        {
            username = SluiceInstance.AdminUser, password = SluiceInstance.AdminPassword, grant_type = "password", scope = "",
        });

        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
    }
}
