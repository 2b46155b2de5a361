using System.Net;
using Sluice.IntegrationTests.Infrastructure;

namespace Sluice.IntegrationTests.Faults;

/// <summary>A SQLite metadata store whose file another process holds locked: writes wait for the
/// busy timeout, then answer 503 with Retry-After (never 500), and work again once it is free.</summary>
public sealed class MetadataStoreLockTests(SqliteServer fixture) : IClassFixture<SqliteServer>
{
    [Fact]
    public async Task Management_MetadataFileLockedByAnotherProcess_Answers503ThenRecovers()
    {
        var token = (await fixture.Server.Http.LoginOkAsync()).AccessToken;
        var file = fixture.Store.DatabaseUrl["sqlite:///".Length..];
        await using (await SqliteFileLock.TakeAsync(file, "IMMEDIATE"))
        {
            using var refused = await fixture.Server.Http.PostJsonAsync("/api/v1/modules", new { name = "while-locked" }, token);
            var body = await refused.Content.ReadAsStringAsync();

            Assert.True(refused.StatusCode == HttpStatusCode.ServiceUnavailable, $"{(int)refused.StatusCode} {body}");
            Assert.NotNull(refused.Headers.RetryAfter);
            Assert.Contains("locked", body, StringComparison.Ordinal);
        }
        using var created = await fixture.Server.Http.PostJsonAsync("/api/v1/modules", new { name = "after-lock" }, token);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
    }

    [Fact]
    public async Task Login_MetadataFileLockedByAnotherProcess_Answers503ThenRecovers()
    {
        var file = fixture.Store.DatabaseUrl["sqlite:///".Length..];
        await using (await SqliteFileLock.TakeAsync(file, "IMMEDIATE"))
        {
            // The password is right: only starting the session, a write, meets the lock.
            using var refused = await fixture.Server.Http.LoginAsync(SluiceInstance.AdminUser, SluiceInstance.AdminPassword);
            var body = await refused.Content.ReadAsStringAsync();

            Assert.True(refused.StatusCode == HttpStatusCode.ServiceUnavailable, $"{(int)refused.StatusCode} {body}");
            Assert.NotNull(refused.Headers.RetryAfter);
            Assert.Contains("locked", body, StringComparison.Ordinal);
        }
        using var login = await fixture.Server.Http.LoginAsync(SluiceInstance.AdminUser, SluiceInstance.AdminPassword);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
    }
}
