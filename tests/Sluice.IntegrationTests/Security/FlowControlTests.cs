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
        var (apiId, slowPath) = await fixture.PublishAsync(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000000) SELECT COUNT(*) AS c FROM n",
            extra: new() { ["access_type"] = "private" });
        var client = await fixture.ClientAsync(new { api_ids = new[] { apiId }, max_concurrent = 2 });
        var token = await fixture.TokenForAsync(client);

        var calls = Enumerable.Range(0, 6).Select(_ => fixture.CallAsync(slowPath, token)).ToArray();
        var responses = await Task.WhenAll(calls);
        var statuses = responses.Select(r => r.StatusCode).ToArray();
        Assert.Contains(HttpStatusCode.ServiceUnavailable, statuses);
        Assert.InRange(statuses.Count(s => s == HttpStatusCode.OK), 2, 5);
        var refused = responses.First(r => r.StatusCode == HttpStatusCode.ServiceUnavailable);
        Assert.NotNull(refused.Headers.RetryAfter);
        foreach (var response in responses)
        {
            response.Dispose();
        }

        // Every slot came back: two more calls in a row are served.
        for (var i = 0; i < 2; i++)
        {
            using var after = await fixture.CallAsync(slowPath, token);
            Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        }
    }
}
