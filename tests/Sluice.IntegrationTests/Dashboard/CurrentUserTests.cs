using System.Net;
using Sluice.IntegrationTests.Infrastructure;
using Sluice.IntegrationTests.Permissions;

namespace Sluice.IntegrationTests.Dashboard;

/// <summary><c>GET /api/v1/users/me</c> tells the dashboard what the user may do.</summary>
public sealed class CurrentUserTests(SqliteServer fixture) : IClassFixture<SqliteServer>
{
    private HttpClient Http => fixture.Server.Http;

    [Fact]
    public async Task Me_ListsTheGrantsOfTheUsersRoles()
    {
        var actors = await Actors.ForAsync(fixture.Server);
        var (_, token) = await actors.UserAsync("api:read", "api:update:12", "overview:read");
        using var response = await Http.GetAsync("/api/v1/users/me", token);
        var body = await response.ReadJsonAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False((bool)body["is_superuser"]!);
        var grants = body["permissions"]!.AsArray()
            .Select(p => $"{(string?)p!["resource_type"]}:{(string?)p["action"]}:{(string?)p["resource_id"] ?? "*"}")
            .Order(StringComparer.Ordinal);
        Assert.Equal(["api:read:*", "api:update:12", "overview:read:*"], grants);
        Assert.Null(body["password_hash"]);
    }

    [Fact]
    public async Task Me_ForTheSuperuser_SaysSo()
    {
        var tokens = await Http.LoginOkAsync();
        using var response = await Http.GetAsync("/api/v1/users/me", tokens.AccessToken);
        var body = await response.ReadJsonAsync();
        Assert.True((bool)body["is_superuser"]!);
        Assert.Equal(SluiceInstance.AdminUser, (string?)body["username"]);
        Assert.NotNull(body["permissions"]);
    }
}
