using System.Net;
using System.Text.RegularExpressions;
using Sluice.BrowserTests.Infrastructure;
using Sluice.IntegrationTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Sluice.BrowserTests.Dashboard;

/// <summary>The overview's Top APIs panel after real calls to a demo API.</summary>
public sealed class TopApisTests(DashboardFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public Task Overview_AfterCallsToDemoApi_ListsItInTopApisWithLinkToItsEditor() => RunAsync(async page =>
    {
        var traffic = new GatewayTraffic(Fixture.Server);
        var ids = Enumerable.Range(0, 3).Select(n => GatewayTraffic.NewRequestId($"top{n}")).ToArray();
        foreach (var id in ids)
        {
            await traffic.CallAsync("/api/demo/products/42", id, HttpStatusCode.OK);
        }
        await traffic.WaitForAccessLogAsync(ids);

        await page.GotoAsync("/login");
        await new LoginPage(page).SignInAsync(SluiceInstance.AdminUser, SluiceInstance.AdminPassword);

        var topApis = new TopApisPanel(page);
        await Expect(topApis.Table).ToContainTextAsync("GET /api/demo/products/{id}");
        await Expect(topApis.ApiLink("Get product")).ToHaveAttributeAsync("href", new Regex(@"^/apis/\d+$"));
    });
}
