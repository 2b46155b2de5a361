using System.Net;
using Sluice.IntegrationTests.Infrastructure;

namespace Sluice.IntegrationTests.Auth;

/// <summary>Account lockout after repeated failures, with a growing cooldown that reveals
/// nothing about which usernames exist.</summary>
public abstract class LockoutScenarios(SluiceInstance server)
{
    private HttpClient Http => server.Http;

    [Fact]
    public async Task Login_FiveFailures_LocksEvenTheRightPasswordUntilCooldownEnds()
    {
        var username = await server.CreateUserAsync();
        await FailAsync(username, 5);

        using var locked = await Http.LoginAsync(username, "user-password-1");
        Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
        var retryAfter = int.Parse(locked.Headers.RetryAfter!.ToString(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 60);

        server.Time.Advance(TimeSpan.FromSeconds(61));
        await Http.LoginOkAsync(username, "user-password-1");
    }

    [Fact]
    public async Task Login_SecondLockout_LastsLongerThanTheFirst()
    {
        var username = await server.CreateUserAsync();
        await FailAsync(username, 5);
        server.Time.Advance(TimeSpan.FromSeconds(61));
        await FailAsync(username, 5);

        server.Time.Advance(TimeSpan.FromSeconds(61));
        using var stillLocked = await Http.LoginAsync(username, "user-password-1");
        Assert.Equal(HttpStatusCode.TooManyRequests, stillLocked.StatusCode);

        server.Time.Advance(TimeSpan.FromSeconds(60));
        await Http.LoginOkAsync(username, "user-password-1");
    }

    [Fact]
    public async Task Login_UnknownUsername_LocksExactlyLikeARealOne()
    {
        var real = await server.CreateUserAsync();
        var unknown = "ghost_" + Guid.NewGuid().ToString("N")[..10];
        var realAnswers = await FailAsync(real, 6);
        var unknownAnswers = await FailAsync(unknown, 6);

        Assert.Equal(realAnswers, unknownAnswers);
        Assert.Equal(HttpStatusCode.TooManyRequests, unknownAnswers[^1].Status);
    }

    [Fact]
    public async Task Login_SuccessBeforeLockout_ResetsTheCount()
    {
        var username = await server.CreateUserAsync();
        await FailAsync(username, 4);
        await Http.LoginOkAsync(username, "user-password-1");
        await FailAsync(username, 4);
        await Http.LoginOkAsync(username, "user-password-1");
    }

    private async Task<List<(HttpStatusCode Status, string? Detail)>> FailAsync(string username, int times)
    {
        var answers = new List<(HttpStatusCode, string?)>();
        for (var i = 0; i < times; i++)
        {
            using var response = await Http.LoginAsync(username, "wrong-password");
            answers.Add((response.StatusCode, (string?)(await response.ReadJsonAsync())["detail"]));
        }
        return answers;
    }
}

public sealed class SqliteLockout(SqliteServer fixture) : LockoutScenarios(fixture.Server), IClassFixture<SqliteServer>;

public sealed class PostgresLockout(PostgresServer fixture) : LockoutScenarios(fixture.Server), IClassFixture<PostgresServer>;
