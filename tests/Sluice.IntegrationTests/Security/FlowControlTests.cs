using System.Net;
using Sluice.IntegrationTests.Gateway;
using Sluice.IntegrationTests.Infrastructure;

namespace Sluice.IntegrationTests.Security;

/// <summary>Rate and concurrency limits on one node, with the headers clients rely on.</summary>
public sealed class FlowControlTests(SecurityFixture fixture) : IClassFixture<SecurityFixture>
{
    [Fact]
    public async Task RateLimit_ClientLimit_AdmitsTheLimitThenAnswers429WithRetryAfter()
    {
        var (apiId, path) = await fixture.PrivateApiAsync();
        var client = await fixture.ClientAsync(new { api_ids = new[] { apiId }, rate_limit_per_minute = 5 });
        var token = await fixture.TokenForAsync(client);

        for (var i = 0; i < 5; i++)
        {
            using var allowed = await fixture.CallAsync(path, token);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
            Assert.Equal("5", allowed.Headers.GetValues("X-RateLimit-Limit").Single());
            Assert.Equal((4 - i).ToString(System.Globalization.CultureInfo.InvariantCulture), allowed.Headers.GetValues("X-RateLimit-Remaining").Single());
            Assert.True(long.Parse(allowed.Headers.GetValues("X-RateLimit-Reset").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        }
        using var limited = await fixture.CallAsync(path, token);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.InRange(limited.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 60);
        Assert.False((bool)(await limited.ReadJsonAsync())["success"]!);

        // The window slides: a minute later the client is admitted again.
        fixture.Server.Time.Advance(TimeSpan.FromSeconds(61));
        using var later = await fixture.CallAsync(path, token);
        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
    }

    [Fact]
    public async Task RateLimit_ApiLimitWinsOverClientLimit_PerApi()
    {
        var (limitedApi, limitedPath) = await fixture.PublishAsync("SELECT 1 AS one", extra: new() { ["access_type"] = "private", ["rate_limit_per_minute"] = 2 });
        var (otherApi, otherPath) = await fixture.PrivateApiAsync();
        var client = await fixture.ClientAsync(new { api_ids = new[] { limitedApi, otherApi }, rate_limit_per_minute = 100 });
        var token = await fixture.TokenForAsync(client);

        for (var i = 0; i < 2; i++)
        {
            using var ok = await fixture.CallAsync(limitedPath, token);
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }
        using (var limited = await fixture.CallAsync(limitedPath, token))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
            Assert.Equal("2", limited.Headers.GetValues("X-RateLimit-Limit").Single());
        }
        using var other = await fixture.CallAsync(otherPath, token);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal("100", other.Headers.GetValues("X-RateLimit-Limit").Single());
    }

    [Fact]
    public async Task Concurrency_MaxInFlight_Answers503AndReleasesSlots()
    {
        await using var database = new PostgresTestDatasource();
        await using var gate = await AdvisoryGate.CloseAsync(database.ConnectionString);
        var (apiId, path) = await fixture.PublishAsync(gate.WaitSql,
            extra: new() { ["access_type"] = "private", ["datasource_id"] = await fixture.Server.CreateDatasourceAsync(fixture.Token, database.Definition) });
        var client = await fixture.ClientAsync(new { api_ids = new[] { apiId }, max_concurrent = 2 });
        var token = await fixture.TokenForAsync(client);

        // Two calls hold both slots, waiting at the gate; a third is refused at once.
        var held = await HoldSlotsAsync(gate, path, token, 2);
        using (var refused = await fixture.CallAsync(path, token))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.NotNull(refused.Headers.RetryAfter);
            Assert.False((bool)(await refused.ReadJsonAsync())["success"]!);
        }
        await gate.OpenAsync();
        await AssertServedAsync(held);

        // Every slot came back: two calls hold them again while a third is refused.
        await gate.CloseAgainAsync();
        held = await HoldSlotsAsync(gate, path, token, 2);
        using (var refusedAgain = await fixture.CallAsync(path, token))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refusedAgain.StatusCode);
        }
        await gate.OpenAsync();
        await AssertServedAsync(held);
    }

    /// <summary>Starts calls one by one until <paramref name="count"/> of them wait at the gate.
    /// A call refused because the previous round's slot is not given back yet (the lease is
    /// released just after the response is sent) is simply made again.</summary>
    private async Task<List<Task<HttpResponseMessage>>> HoldSlotsAsync(AdvisoryGate gate, string path, string token, int count)
    {
        var held = new List<Task<HttpResponseMessage>>();
        for (var attempt = 0; held.Count < count; attempt++)
        {
            Assert.True(attempt < 100, $"only {held.Count} of {count} calls got a slot in 100 attempts");
            var call = fixture.CallAsync(path, token);
            var waiting = held.Count + 1;
            await Eventually.UntilAsync(async () => call.IsCompleted || await gate.WaitingAsync() == waiting,
                $"call {waiting} waiting at the gate");
            if (!call.IsCompleted)
            {
                held.Add(call);
                continue;
            }
            using var early = await call;
            Assert.Equal(HttpStatusCode.ServiceUnavailable, early.StatusCode);
        }
        return held;
    }

    private static async Task AssertServedAsync(List<Task<HttpResponseMessage>> held)
    {
        foreach (var call in held)
        {
            using var response = await Eventually.CompletesAsync(call, "a held call after the gate opened");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(1, (int)(await response.ReadJsonAsync())["data"]![0]!["passed"]!);
        }
    }
}
