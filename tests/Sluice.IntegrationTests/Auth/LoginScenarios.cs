using System.Net;
using Sluice.IntegrationTests.Infrastructure;

namespace Sluice.IntegrationTests.Auth;

/// <summary>Dashboard login, refresh rotation, logout and password change, run against each
/// metadata store.</summary>
public abstract class LoginScenarios(SluiceInstance server)
{
    private HttpClient Http => server.Http;

    [Fact]
    public async Task Login_FirstSuperuser_ReturnsTokensThatOpenUsersMe()
    {
        var tokens = await Http.LoginOkAsync();
        Assert.Equal("bearer", tokens.TokenType);
        Assert.True(tokens.ExpiresIn > 0);
        Assert.False(string.IsNullOrEmpty(tokens.RefreshToken));

        using var me = await Http.GetAsync("/api/v1/users/me", tokens.AccessToken);
        var body = await me.ReadJsonAsync();
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Equal(SluiceInstance.AdminUser, (string?)body["username"]);
        Assert.True((bool)body["is_superuser"]!);
        Assert.Null(body["password_hash"]);
    }

    [Fact]
    public async Task Login_JsonBody_IsAcceptedLikeAForm()
    {
        using var response = await Http.PostJsonAsync("/api/v1/login/access-token",
            new { username = SluiceInstance.AdminUser, password = SluiceInstance.AdminPassword });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await response.ReadJsonAsync())["access_token"]);
    }

    [Fact]
    public async Task Login_MissingFields_Returns400NamingEachField()
    {
        using var response = await Http.PostJsonAsync("/api/v1/login/access-token", new { });
        var body = await response.ReadJsonAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(body["errors"]!["username"]);
        Assert.NotNull(body["errors"]!["password"]);
    }

    [Fact]
    public async Task Login_WrongPasswordOrUnknownUser_SameAnswer()
    {
        var username = await server.CreateUserAsync();
        using var wrongPassword = await Http.LoginAsync(username, "not-the-password");
        using var unknownUser = await Http.LoginAsync("nobody_" + Guid.NewGuid().ToString("N"), "not-the-password");

        Assert.Equal(HttpStatusCode.Unauthorized, wrongPassword.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknownUser.StatusCode);
        Assert.Equal((string?)(await wrongPassword.ReadJsonAsync())["detail"], (string?)(await unknownUser.ReadJsonAsync())["detail"]);
    }

    [Fact]
    public async Task Login_InactiveUser_IsRefused()
    {
        var username = await server.CreateUserAsync(isActive: false);
        using var response = await Http.LoginAsync(username, "user-password-1");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Refresh_ValidToken_RotatesAndOldTokenStopsWorking()
    {
        var tokens = await Http.LoginOkAsync(await server.CreateUserAsync(), "user-password-1");

        using var first = await Http.PostJsonAsync("/api/v1/login/refresh", new { refresh_token = tokens.RefreshToken });
        var rotated = await first.ReadJsonAsync();
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotEqual(tokens.RefreshToken, (string?)rotated["refresh_token"]);

        using var me = await Http.GetAsync("/api/v1/users/me", (string)rotated["access_token"]!);
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
    }

    [Fact]
    public async Task Refresh_ReusedToken_RevokesTheWholeFamily()
    {
        var tokens = await Http.LoginOkAsync(await server.CreateUserAsync(), "user-password-1");
        using var first = await Http.PostJsonAsync("/api/v1/login/refresh", new { refresh_token = tokens.RefreshToken });
        var rotated = await first.ReadJsonAsync();

        // A thief replays the original token.
        using var replay = await Http.PostJsonAsync("/api/v1/login/refresh", new { refresh_token = tokens.RefreshToken });
        Assert.Equal(HttpStatusCode.Unauthorized, replay.StatusCode);
        Assert.Contains("already used", (string?)(await replay.ReadJsonAsync())["detail"], StringComparison.Ordinal);

        // The legitimate holder's newer tokens died with the family.
        using var newer = await Http.PostJsonAsync("/api/v1/login/refresh", new { refresh_token = (string)rotated["refresh_token"]! });
        Assert.Equal(HttpStatusCode.Unauthorized, newer.StatusCode);
        using var me = await Http.GetAsync("/api/v1/users/me", (string)rotated["access_token"]!);
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
        using var original = await Http.GetAsync("/api/v1/users/me", tokens.AccessToken);
        Assert.Equal(HttpStatusCode.Unauthorized, original.StatusCode);
    }

    [Fact]
    public async Task Refresh_FormBody_IsAccepted()
    {
        var tokens = await Http.LoginOkAsync(await server.CreateUserAsync(), "user-password-1");
        using var response = await Http.PostAsync("/api/v1/login/refresh",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["refresh_token"] = tokens.RefreshToken }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Refresh_GarbageToken_Returns401()
    {
        using var response = await Http.PostJsonAsync("/api/v1/login/refresh", new { refresh_token = "not-a-token" });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Logout_RevokesAccessAndRefreshTokens()
    {
        var tokens = await Http.LoginOkAsync(await server.CreateUserAsync(), "user-password-1");

        using var logout = await Http.PostJsonAsync("/api/v1/logout", new { }, tokens.AccessToken);
        Assert.Equal(HttpStatusCode.OK, logout.StatusCode);

        using var me = await Http.GetAsync("/api/v1/users/me", tokens.AccessToken);
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
        using var refresh = await Http.PostJsonAsync("/api/v1/login/refresh", new { refresh_token = tokens.RefreshToken });
        Assert.Equal(HttpStatusCode.Unauthorized, refresh.StatusCode);
    }

    [Fact]
    public async Task ChangePassword_Valid_KeepsThisSessionAndEndsOthers()
    {
        var username = await server.CreateUserAsync();
        var other = await Http.LoginOkAsync(username, "user-password-1");
        var current = await Http.LoginOkAsync(username, "user-password-1");

        using var change = await Http.PatchJsonAsync("/api/v1/users/me/password",
            new { current_password = "user-password-1", new_password = "brand-new-password" }, current.AccessToken);
        Assert.Equal(HttpStatusCode.OK, change.StatusCode);

        using var mine = await Http.GetAsync("/api/v1/users/me", current.AccessToken);
        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        using var theirs = await Http.GetAsync("/api/v1/users/me", other.AccessToken);
        Assert.Equal(HttpStatusCode.Unauthorized, theirs.StatusCode);
        using var oldPassword = await Http.LoginAsync(username, "user-password-1");
        Assert.Equal(HttpStatusCode.Unauthorized, oldPassword.StatusCode);
        await Http.LoginOkAsync(username, "brand-new-password");
    }

    [Fact]
    public async Task ChangePassword_BreaksRules_Returns400NamingEachField()
    {
        var username = await server.CreateUserAsync();
        var tokens = await Http.LoginOkAsync(username, "user-password-1");

        using var tooShort = await Http.PatchJsonAsync("/api/v1/users/me/password",
            new { current_password = "wrong-current", new_password = "short" }, tokens.AccessToken);
        var body = await tooShort.ReadJsonAsync();
        Assert.Equal(HttpStatusCode.BadRequest, tooShort.StatusCode);
        Assert.NotNull(body["errors"]!["current_password"]);
        Assert.Contains("8 to 128", (string?)body["errors"]!["new_password"]![0], StringComparison.Ordinal);

        using var sameAsName = await Http.PatchJsonAsync("/api/v1/users/me/password",
            new { current_password = "user-password-1", new_password = username }, tokens.AccessToken);
        Assert.Contains("username", (string?)(await sameAsName.ReadJsonAsync())["errors"]!["new_password"]![0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangePassword_MalformedJson_Returns400()
    {
        var tokens = await Http.LoginOkAsync(await server.CreateUserAsync(), "user-password-1");
        using var request = new HttpRequestMessage(HttpMethod.Patch, "/api/v1/users/me/password")
        {
            Content = new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new("Bearer", tokens.AccessToken);
        using var response = await Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task UsersMe_ExpiredAccessToken_Returns401SayingExpired()
    {
        var tokens = await Http.LoginOkAsync(await server.CreateUserAsync(), "user-password-1");
        using (var fresh = await Http.GetAsync("/api/v1/users/me", tokens.AccessToken))
        {
            Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        }
        // The server's clock only moves forward; later tests issue tokens on the moved clock.
        server.Time.Advance(TimeSpan.FromSeconds(tokens.ExpiresIn) + TimeSpan.FromMinutes(1));

        using var me = await Http.GetAsync("/api/v1/users/me", tokens.AccessToken);
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
        Assert.Contains("expired", (string?)(await me.ReadJsonAsync())["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task UsersMe_NoOrForgedToken_Returns401()
    {
        using var none = await Http.GetAsync("/api/v1/users/me", null);
        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        using var forged = await Http.GetAsync("/api/v1/users/me", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl");
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
    }
}

public sealed class SqliteLogin(SqliteServer fixture) : LoginScenarios(fixture.Server), IClassFixture<SqliteServer>;

public sealed class PostgresLogin(PostgresServer fixture) : LoginScenarios(fixture.Server), IClassFixture<PostgresServer>;
