using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Sluice.BrowserTests.Infrastructure;
using Sluice.IntegrationTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Sluice.BrowserTests.Dashboard;

/// <summary>The API editor's "Call it" tab against the demo server: snippets with the real URL, and
/// try-it calling the gateway, as a chosen client for a private API.</summary>
public sealed partial class CallItTests(DashboardFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public Task Send_PublicDemoApi_Shows200AndRows() => RunAsync(async page =>
    {
        var admin = new AdminApi(Fixture.Server);
        var callIt = await OpenAsync(page, await DemoApiIdAsync(admin, "List products"));

        await callIt.SendButton.ClickAsync();

        await Expect(callIt.Status).ToContainTextAsync("Status 200");
        await Expect(callIt.Status).ToContainTextAsync(RowCount());
        await Expect(callIt.ResponseBody).ToContainTextAsync("\"success\": true");
        await Expect(callIt.ResponseBody).ToContainTextAsync("\"id\": 1,");
    });

    [Fact]
    public Task Snippets_PublicDemoApi_CurlCallsTheGatewayUrl() => RunAsync(async page =>
    {
        var admin = new AdminApi(Fixture.Server);
        var callIt = await OpenAsync(page, await DemoApiIdAsync(admin, "Get product"));

        var curl = callIt.Snippet("curl");
        await Expect(curl).ToContainTextAsync($"curl -X GET '{Fixture.Url("/api/demo/products/1")}'");
        await Expect(curl).Not.ToContainTextAsync("Authorization");

        await callIt.Parameter("id").FillAsync("7");
        await Expect(curl).ToContainTextAsync(Fixture.Url("/api/demo/products/7"));
        await callIt.SendButton.ClickAsync();
        await Expect(callIt.Status).ToContainTextAsync("Status 200");
        await Expect(callIt.ResponseBody).ToContainTextAsync("\"id\": 7,");
    });

    [Fact]
    public Task Send_PrivateApiAsGrantedClient_Shows200() => RunAsync(async page =>
    {
        var admin = new AdminApi(Fixture.Server);
        var suffix = Guid.NewGuid().ToString("N")[..10];
        var apiId = await PrivateApiAsync(admin, suffix);
        var clientName = $"try-{suffix}";
        await admin.PostAsync("/api/v1/clients", new { name = clientName, api_ids = new[] { apiId } });
        var callIt = await OpenAsync(page, apiId);

        await Expect(callIt.SendButton).ToBeDisabledAsync();
        await Expect(callIt.Snippet("curl")).ToContainTextAsync("/api/token/generate");
        await callIt.Client.SelectOptionAsync(new SelectOptionValue { Label = clientName });
        await callIt.SendButton.ClickAsync();

        await Expect(callIt.Status).ToContainTextAsync("Status 200");
        await Expect(callIt.ResponseBody).ToContainTextAsync("\"n\": 300");
    });

    [GeneratedRegex(@"\d+ rows")]
    private static partial Regex RowCount();

    /// <summary>A private API over the demo datasource, committed and published.</summary>
    private static async Task<long> PrivateApiAsync(AdminApi admin, string suffix)
    {
        var api = await admin.PostAsync("/api/v1/apis", new
        {
            name = $"private-{suffix}",
            path = $"private/{suffix}",
            datasource_id = await admin.DemoDatasourceIdAsync(),
            access_type = "private",
            content = "SELECT COUNT(*) AS n FROM products",
        });
        var id = api.GetProperty("id").GetInt64();
        await admin.PostAsync($"/api/v1/apis/{id}/versions", new { commit_message = "count products" });
        await admin.PostAsync($"/api/v1/apis/{id}/publish", new { });
        return id;
    }

    private static async Task<long> DemoApiIdAsync(AdminApi admin, string name)
    {
        var apis = await admin.GetAsync("/api/v1/apis?page_size=500");
        return apis.GetProperty("data").EnumerateArray().First(api => api.GetProperty("name").GetString() == name).GetProperty("id").GetInt64();
    }

    /// <summary>Signs in as the first superuser and opens the API's "Call it" tab.</summary>
    private static async Task<ApiCallItTab> OpenAsync(IPage page, long apiId)
    {
        await page.GotoAsync("/login");
        await new LoginPage(page).SignInAsync(SluiceInstance.AdminUser, SluiceInstance.AdminPassword);
        await Expect(new AppShell(page).Navigation).ToBeVisibleAsync();
        await page.GotoAsync($"/apis/{apiId}");
        var callIt = new ApiCallItTab(page);
        await callIt.Tab.ClickAsync();
        return callIt;
    }
}
