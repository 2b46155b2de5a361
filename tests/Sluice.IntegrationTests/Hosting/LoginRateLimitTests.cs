using System.Net;
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
}
