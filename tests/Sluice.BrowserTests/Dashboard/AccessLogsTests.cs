using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Sluice.BrowserTests.Infrastructure;
using Sluice.IntegrationTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Sluice.BrowserTests.Dashboard;

/// <summary>The Access logs page after real gateway calls to the demo APIs: the list, the outcome
/// filter kept in the address (reload, back), the request drawer and paging.</summary>
public sealed class AccessLogsTests(DashboardFixture fixture) : BrowserTest(fixture)
{
    private const string ProductPath = "/api/demo/products/42";

    [Fact]
    public Task Filter_FailedOutcome_ShowsOnlyFailuresAndSurvivesReloadAndBack() => RunAsync(async page =>
    {
        var (ok, missing, invalid) = (GatewayTraffic.NewRequestId("ok"), GatewayTraffic.NewRequestId("missing"), GatewayTraffic.NewRequestId("invalid"));
        var traffic = new GatewayTraffic(Fixture.Server);
        await traffic.CallAsync(ProductPath, ok, HttpStatusCode.OK);
        await traffic.CallAsync($"/api/demo/{missing}", missing, HttpStatusCode.NotFound);
        await traffic.CallAsync("/api/demo/products/not-a-number", invalid, HttpStatusCode.BadRequest);
        await traffic.WaitForAccessLogAsync(ok, missing, invalid);
        var logs = await OpenAsync(page);
        foreach (var id in new[] { ok, missing, invalid })
        {
            await Expect(logs.Row(id)).ToBeVisibleAsync();
        }

        await logs.Outcome.SelectOptionAsync(new SelectOptionValue { Label = "Failed (400 and above)" });
        await logs.ApplyFiltersButton.ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"/access-logs\?success=false$"));
        await ExpectOnlyFailuresAsync(logs, ok, missing, invalid);

        await page.ReloadAsync();
        await Expect(logs.Outcome).ToHaveValueAsync("false");
        await ExpectOnlyFailuresAsync(logs, ok, missing, invalid);

        await page.GoBackAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/access-logs$"));
        await Expect(logs.Outcome).ToHaveValueAsync("");
        await Expect(logs.Row(ok)).ToBeVisibleAsync();
    });

    [Fact]
    public Task Details_RowClicked_OpensDrawerNamedByRequestId() => RunAsync(async page =>
    {
        var id = GatewayTraffic.NewRequestId("details");
        var traffic = new GatewayTraffic(Fixture.Server);
        await traffic.CallAsync(ProductPath, id, HttpStatusCode.OK);
        await traffic.WaitForAccessLogAsync(id);
        var logs = await OpenAsync(page);

        await logs.Row(id).ClickAsync();

        var drawer = logs.Drawer(id);
        await Expect(drawer).ToBeVisibleAsync();
        await Expect(drawer).ToContainTextAsync(ProductPath);
        await Expect(drawer).ToContainTextAsync("Get product");
        await Expect(drawer.GetByLabel("Stored record", new LocatorGetByLabelOptions { Exact = true })).ToContainTextAsync($"\"request_id\": \"{id}\"");
        await AccessLogsPage.CloseButton(drawer).ClickAsync();
        await Expect(drawer).Not.ToBeAttachedAsync();
    });

    [Fact]
    public Task Paging_PathFilterAndSmallPages_StepsThroughTheRequests() => RunAsync(async page =>
    {
        // 30 requests to a path of this test's own, so the filter leaves exactly these.
        var marker = $"paging-{Guid.NewGuid():N}"[..20];
        var traffic = new GatewayTraffic(Fixture.Server);
        var ids = Enumerable.Range(0, 30).Select(n => GatewayTraffic.NewRequestId($"page{n}")).ToArray();
        foreach (var id in ids)
        {
            await traffic.CallAsync($"/api/demo/{marker}", id, HttpStatusCode.NotFound);
        }
        await traffic.WaitForAccessLogAsync(ids);
        var logs = await OpenAsync(page);

        await logs.PathContains.FillAsync(marker);
        await logs.PathContains.PressAsync("Enter");
        await logs.RowsPerPage.SelectOptionAsync("25");

        await Expect(page).ToHaveURLAsync(new Regex($@"\?path={marker}&page_size=25$"));
        await Expect(logs.Pager).ToContainTextAsync("1–25 of 30");
        await Expect(logs.Row(ids[^1])).ToBeVisibleAsync();
        await Expect(logs.PreviousPageButton).ToBeDisabledAsync();

        await logs.NextPageButton.ClickAsync();

        await Expect(logs.Pager).ToContainTextAsync("26–30 of 30");
        await Expect(logs.Row(ids[0])).ToBeVisibleAsync();
        await Expect(logs.Row(ids[^1])).Not.ToBeAttachedAsync();
        await Expect(logs.NextPageButton).ToBeDisabledAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"&page=2&page_size=25$"));
    });

    [Fact]
    public Task Filter_UserWhoMayOnlyReadAccessLogs_TypesTheApiIdInstead() => RunAsync(async page =>
    {
        var admin = new AdminApi(Fixture.Server);
        var apis = (await admin.GetAsync("/api/v1/apis?page_size=500")).GetProperty("data").EnumerateArray();
        var getProduct = apis.Single(api => api.GetProperty("name").GetString() == "Get product").GetProperty("id").GetInt64();
        var (product, search) = (GatewayTraffic.NewRequestId("product"), GatewayTraffic.NewRequestId("search"));
        var traffic = new GatewayTraffic(Fixture.Server);
        await traffic.CallAsync(ProductPath, product, HttpStatusCode.OK);
        await traffic.CallAsync("/api/demo/customers/search?q=an", search, HttpStatusCode.OK);
        await traffic.WaitForAccessLogAsync(product, search);
        var username = await admin.CreateUserAsync("logreader", ("access_log", "read"));
        await SignInAndFollowAsync(page, "Access logs", username, AdminApi.UserPassword);
        var logs = new AccessLogsPage(page);
        await Expect(logs.Row(search)).ToBeVisibleAsync();

        await logs.Api.FillAsync(getProduct.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await logs.Api.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Regex($@"\?api_id={getProduct}$"));
        await Expect(logs.Row(product)).ToBeVisibleAsync();
        await Expect(logs.Row(search)).Not.ToBeAttachedAsync();
        await Expect(logs.Alerts).ToHaveCountAsync(0);
    });

    private static async Task ExpectOnlyFailuresAsync(AccessLogsPage logs, string ok, string missing, string invalid)
    {
        await Expect(logs.Row(missing)).ToBeVisibleAsync();
        await Expect(logs.Row(missing)).ToContainTextAsync("404");
        await Expect(logs.Row(invalid)).ToContainTextAsync("400");
        await Expect(logs.Row(ok)).Not.ToBeAttachedAsync();
    }

    /// <summary>Signs in as the first superuser and follows the Main navigation to Access logs.</summary>
    private static async Task<AccessLogsPage> OpenAsync(IPage page)
    {
        await SignInAndFollowAsync(page, "Access logs");
        var logs = new AccessLogsPage(page);
        await Expect(logs.Heading).ToBeVisibleAsync();
        return logs;
    }
}
