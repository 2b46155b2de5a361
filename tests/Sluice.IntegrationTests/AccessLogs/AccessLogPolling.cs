using System.Diagnostics;
using Sluice.IntegrationTests.Infrastructure;

namespace Sluice.IntegrationTests.AccessLogs;

/// <summary>Waits for gateway requests to reach the access log, which is written in batches
/// off the request path (at least every second).</summary>
internal static class AccessLogPolling
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    /// <summary>Polls <c>GET /api/v1/access-logs?{query}</c> until its total is
    /// <paramref name="expected"/>; fails the test with the last total after 20 s.</summary>
    public static async Task WaitForTotalAsync(HttpClient http, string token, string query, long expected)
    {
        var waited = Stopwatch.StartNew();
        long total;
        while (true)
        {
            using (var response = await http.GetAsync("/api/v1/access-logs?" + query, token))
            {
                var body = await response.ReadJsonAsync();
                Assert.True(response.IsSuccessStatusCode, body.ToJsonString());
                total = (long)body["total"]!;
            }
            if (total >= expected || waited.Elapsed > Patience)
            {
                break;
            }
            await Task.Delay(100);
        }
        Assert.True(total == expected, $"access-logs?{query}: expected {expected} records, found {total} after {waited.Elapsed.TotalSeconds:0.0} s");
    }
}
