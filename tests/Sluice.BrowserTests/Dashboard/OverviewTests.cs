using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Sluice.BrowserTests.Infrastructure;
using Sluice.IntegrationTests.Infrastructure;
using Sluice.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace Sluice.BrowserTests.Dashboard;

/// <summary>The overview page after real gateway traffic on the demo APIs: the figures, the
/// requests-by-day chart, the top paths and the time range picker.</summary>
public sealed class OverviewTests(DashboardFixture fixture) : BrowserTest(fixture)
{
    private const string ProductPath = "/api/demo/products/42";

    [Fact]
    public Task Overview_AfterGatewayTraffic_ShowsRequestsChartAndTopPaths() => RunAsync(async page =>
    {
        await ProduceTrafficAsync();
        await SignInAsAdminAsync(page);

        var overview = new OverviewPage(page);
        await Expect(overview.RequestsCard).ToBeVisibleAsync();
        await Expect(overview.RequestsCard).ToHaveAccessibleNameAsync(NonZeroRequests());
        await Expect(overview.RequestsChart).ToBeVisibleAsync();
        await Expect(overview.TopPaths).ToContainTextAsync(ProductPath);
        await Expect(overview.StatusBreakdown).ToContainTextAsync("2xx");
        await Expect(overview.RecentAccess).ToContainTextAsync("Get product");
    });

    [Fact]
    public Task TimeRange_Changed_KeepsFiguresAndTopPaths() => RunAsync(async page =>
    {
        await ProduceTrafficAsync();
        await SignInAsAdminAsync(page);
        var overview = new OverviewPage(page);
        await Expect(overview.TopPaths).ToContainTextAsync(ProductPath);

        foreach (var label in new[] { "Last 30 days", "Today (UTC)", "Last 90 days" })
        {
            await overview.TimeRange.SelectOptionAsync(new SelectOptionValue { Label = label });

            await Expect(overview.TimeRange).ToHaveValueAsync(label switch { "Last 30 days" => "30", "Today (UTC)" => "1", _ => "90" });
            await Expect(overview.RequestsCard).ToHaveAccessibleNameAsync(NonZeroRequests());
            await Expect(overview.RequestsChart).ToBeVisibleAsync();
            await Expect(overview.TopPaths).ToContainTextAsync(ProductPath);
        }
        await Expect(overview.Alerts).ToHaveCountAsync(0);
    });

    /// <summary>Calls a demo API a few times, then waits until the access log holds those calls,
    /// since the gateway records them after answering.</summary>
    private async Task ProduceTrafficAsync()
    {
        var http = Fixture.Server.Http;
        for (var i = 0; i < 3; i++)
        {
            using var response = await http.GetAsync(new Uri(ProductPath, UriKind.Relative));
            response.EnsureSuccessStatusCode();
        }
        var token = await AdminTokenAsync(http);
        await Eventually.UntilAsync(async () =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/overview/top-paths?days=1");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await http.SendAsync(request);
            return response.IsSuccessStatusCode && (await response.Content.ReadAsStringAsync()).Contains(ProductPath, StringComparison.Ordinal);
        }, "the demo product calls to reach the access log");
    }

    private static async Task<string> AdminTokenAsync(HttpClient http)
    {
        using var response = await http.PostAsync(new Uri("/api/v1/login/access-token", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["username"] = SluiceInstance.AdminUser,
            ["password"] = SluiceInstance.AdminPassword,
        }));
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("access_token").GetString()!;
    }

    private static Regex NonZeroRequests() => new(@"^Requests: [1-9]\d*$");

    private static async Task SignInAsAdminAsync(IPage page)
    {
        await page.GotoAsync("/login");
        await new LoginPage(page).SignInAsync(SluiceInstance.AdminUser, SluiceInstance.AdminPassword);
    }
}
