using System.Net;
using Sluice.IntegrationTests.AccessLogs;
using Sluice.IntegrationTests.Infrastructure;

namespace Sluice.IntegrationTests.Hosting;

public sealed class LoginRateLimitTests
{
    [Fact]
    public async Task Login_MoreThanTheLimitFromOneAddress_Returns429WithRetryAfter()
    {
        await using var store = new SqliteTestStore();
        var settings = SluiceInstance.DefaultSettings(store.DatabaseUrl);
        settings["LOGIN_RATE_LIMIT_PER_MINUTE"] = "3";
        await using var server = await SluiceInstance.StartAsync(settings);

        for (var i = 0; i < 3; i++)
        {
            using var allowed = await server.Http.LoginAsync("someone", "wrong-password");
            Assert.Equal(HttpStatusCode.Unauthorized, allowed.StatusCode);
        }
        using var limited = await server.Http.LoginAsync(SluiceInstance.AdminUser, SluiceInstance.AdminPassword);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.NotNull(limited.Headers.RetryAfter);
        Assert.Contains("try again", (string?)(await limited.ReadJsonAsync())["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_BehindATrustedProxy_LimitsEachForwardedAddressApart()
    {
        await using var store = new SqliteTestStore();
        var settings = SluiceInstance.DefaultSettings(store.DatabaseUrl);
        settings["TRUSTED_PROXY_COUNT"] = "1";
        settings["LOGIN_RATE_LIMIT_PER_MINUTE"] = "20";
        settings["GATEWAY_TOKEN_RATE_LIMIT_PER_MINUTE"] = "2";
        await using var server = await SluiceInstance.StartAsync(settings);

        // Bad logins without a password: the limiter counts every attempt, and these cost no
        // password hashing, so all 22 fall well within the one-minute window on any machine.
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 22; i++)
        {
            using var failed = await LoginFromAsync(server, "spoofed, 203.0.113.7", "nobody-" + i, "");
            statuses.Add(failed.StatusCode);
        }
        Assert.All(statuses[..20], status => Assert.True((int)status is >= 400 and < 500 and not 429, status.ToString()));
        Assert.Equal([HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses[20..]);

        using (var other = await LoginFromAsync(server, "203.0.113.7, 198.51.100.9", SluiceInstance.AdminUser, SluiceInstance.AdminPassword))
        {
            Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        }

        // The token endpoint's limit counts the same address.
        var tokenStatuses = new List<HttpStatusCode>();
        foreach (var forwardedFor in new[] { "203.0.113.7", "203.0.113.7", "203.0.113.7", "198.51.100.9" })
        {
            using var response = await SendFromAsync(server, forwardedFor, HttpMethod.Post, "/api/token/generate",
                new() { ["client_id"] = "cl_x", ["client_secret"] = "y", ["grant_type"] = "client_credentials" });
            tokenStatuses.Add(response.StatusCode);
        }
        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests, HttpStatusCode.Unauthorized], tokenStatuses);

        // And so do the gateway's access records.
        var admin = (await server.Http.LoginOkAsync()).AccessToken;
        await AccessLogPolling.WaitForTotalAsync(server.Http, admin, "ip=203.0.113.7", 3);
        await AccessLogPolling.WaitForTotalAsync(server.Http, admin, "ip=198.51.100.9", 1);
    }

    [Fact]
    public async Task Refresh_BehindATrustedProxy_LimitsEachForwardedAddressApart()
    {
        await using var store = new SqliteTestStore();
        var settings = SluiceInstance.DefaultSettings(store.DatabaseUrl);
        settings["TRUSTED_PROXY_COUNT"] = "1";
        settings["LOGIN_RATE_LIMIT_PER_MINUTE"] = "3";
        await using var server = await SluiceInstance.StartAsync(settings);

        // The session comes from a third address, so neither limited address spends on it.
        string refreshToken;
        using (var login = await LoginFromAsync(server, "192.0.2.1", SluiceInstance.AdminUser, SluiceInstance.AdminPassword))
        {
            Assert.Equal(HttpStatusCode.OK, login.StatusCode);
            refreshToken = (string)(await login.ReadJsonAsync())["refresh_token"]!;
        }
        for (var i = 0; i < 3; i++)
        {
            using var refused = await RefreshFromAsync(server, "spoofed, 203.0.113.7", "not-a-refresh-token-" + i);
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        }
        // A good token from the spent address is stopped before it is used up...
        using (var limited = await RefreshFromAsync(server, "203.0.113.7", refreshToken))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
            Assert.NotNull(limited.Headers.RetryAfter);
        }
        // ...so it still rotates from another forwarded address.
        using var other = await RefreshFromAsync(server, "203.0.113.7, 198.51.100.9", refreshToken);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task PublicApi_BehindATrustedProxy_LimitsEachForwardedAddressApart()
    {
        await using var store = new SqliteTestStore();
        await using var database = new SqliteTestDatasource();
        await database.ExecuteAsync("CREATE TABLE items (id INTEGER)");
        var settings = SluiceInstance.DefaultSettings(store.DatabaseUrl);
        settings["TRUSTED_PROXY_COUNT"] = "1";
        settings["FLOW_CONTROL_RATE_LIMIT_PER_MINUTE"] = "2";
        await using var server = await SluiceInstance.StartAsync(settings);
        var admin = (await server.Http.LoginOkAsync()).AccessToken;
        var (_, path) = await server.PublishAsync(admin, await server.CreateDatasourceAsync(admin, database.Definition), "SELECT 1 AS one");

        // The server's clock stands still, so the one-minute window never slides during the test.
        var statuses = new List<HttpStatusCode>();
        foreach (var forwardedFor in new[] { "spoofed, 203.0.113.7", "203.0.113.7", "203.0.113.7", "203.0.113.7, 198.51.100.9", "198.51.100.9" })
        {
            using var response = await SendFromAsync(server, forwardedFor, HttpMethod.Get, $"/api/{path}");
            statuses.Add(response.StatusCode);
        }
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.OK, HttpStatusCode.OK], statuses);
    }

    [Fact]
    public async Task Login_WithoutATrustedProxy_IgnoresXForwardedFor()
    {
        await using var store = new SqliteTestStore();
        var settings = SluiceInstance.DefaultSettings(store.DatabaseUrl);
        settings["LOGIN_RATE_LIMIT_PER_MINUTE"] = "3";
        await using var server = await SluiceInstance.StartAsync(settings);

        for (var i = 0; i < 3; i++)
        {
            using var failed = await LoginFromAsync(server, $"203.0.113.{i + 1}", "nobody-" + i, "wrong-password");
            Assert.Equal(HttpStatusCode.Unauthorized, failed.StatusCode);
        }
        using var limited = await LoginFromAsync(server, "198.51.100.9", SluiceInstance.AdminUser, SluiceInstance.AdminPassword);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
    }

    private static Task<HttpResponseMessage> LoginFromAsync(SluiceInstance server, string forwardedFor, string username, string password) =>
        SendFromAsync(server, forwardedFor, HttpMethod.Post, "/api/v1/login/access-token", new() { ["username"] = username, ["password"] = password });

    private static Task<HttpResponseMessage> RefreshFromAsync(SluiceInstance server, string forwardedFor, string refreshToken) =>
        SendFromAsync(server, forwardedFor, HttpMethod.Post, "/api/v1/login/refresh", new() { ["refresh_token"] = refreshToken });

    // A request as a proxy forwards it: X-Forwarded-For names the client (and any proxies before).
    private static async Task<HttpResponseMessage> SendFromAsync(SluiceInstance server, string forwardedFor, HttpMethod method, string path,
        Dictionary<string, string>? form = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = form is null ? null : new FormUrlEncodedContent(form) };
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return await server.Http.SendAsync(request);
    }
}
