using Microsoft.Playwright;
using Sluice.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Sluice.BrowserTests.Hosting;

/// <summary>The management API's Swagger page (served when ENVIRONMENT=local) renders in
/// Chromium: proves the browser, the server fixture and the page wrapper work end to end.</summary>
public sealed class ApiDocsPageTests(DashboardFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public Task ApiDocs_Local_RendersManagementApi() => RunAsync(async page =>
    {
        var response = await page.GotoAsync("/api/v1/docs");

        Assert.Equal(200, response?.Status);
        await Expect(page).ToHaveTitleAsync("Sluice management API");
        // Rendered by Swagger UI's script from /api/v1/openapi.json, not present in the HTML.
        await Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Sluice management API" })).ToBeVisibleAsync();
    });
}
