using System.Net;
using Sluice.BrowserTests.Infrastructure;
using Sluice.IntegrationTests.Infrastructure;
using Sluice.TestSupport;

namespace Sluice.BrowserTests.Dashboard;

/// <summary>Calls to the demo server's gateway with request ids of the test's choosing, and the
/// wait until the access log holds them (the gateway records requests after answering).</summary>
internal sealed class GatewayTraffic(SluiceInstance server)
{
    /// <summary>A request id no other test uses, starting with <paramref name="prefix"/>.</summary>
    public static string NewRequestId(string prefix) => $"{prefix}-{Guid.NewGuid():N}";

    /// <summary>Sends <c>GET {path}</c> with <c>X-Request-ID: {requestId}</c> and checks the status.</summary>
    public async Task CallAsync(string path, string requestId, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Add("X-Request-ID", requestId);
        using var response = await server.Http.SendAsync(request);
        Assert.Equal(expected, response.StatusCode);
    }

    /// <summary>Waits until the newest page of the access log lists every one of <paramref name="requestIds"/>.</summary>
    public async Task WaitForAccessLogAsync(params string[] requestIds)
    {
        var admin = new AdminApi(server);
        await Eventually.UntilAsync(async () =>
        {
            var page = (await admin.GetAsync("/api/v1/access-logs?page_size=500")).GetProperty("data");
            var logged = page.EnumerateArray().Select(row => row.GetProperty("request_id").GetString()).ToHashSet();
            return requestIds.All(logged.Contains);
        }, "the gateway calls to reach the access log");
    }
}
