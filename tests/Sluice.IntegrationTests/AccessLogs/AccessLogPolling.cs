using Sluice.IntegrationTests.Infrastructure;

namespace Sluice.IntegrationTests.AccessLogs;

/// <summary>Waits for gateway requests to reach the access log, which is written in batches
/// off the request path.</summary>
internal static class AccessLogPolling
{
    /// <summary>Polls <c>GET /api/v1/access-logs?{query}</c> until its total is
    /// <paramref name="expected"/>; fails the test when it is not within the patience, or
    /// when more records than expected show up.</summary>
    public static async Task WaitForTotalAsync(HttpClient http, string token, string query, long expected)
    {
        long total = 0;
        await Eventually.UntilAsync(async () =>
        {
            using var response = await http.GetAsync("/api/v1/access-logs?" + query, token);
            var body = await response.ReadJsonAsync();
            Assert.True(response.IsSuccessStatusCode, body.ToJsonString());
            total = (long)body["total"]!;
            return total >= expected;
        }, $"access-logs?{query} reaching {expected} records");
        Assert.True(total == expected, $"access-logs?{query}: expected {expected} records, found {total}");
    }
}
