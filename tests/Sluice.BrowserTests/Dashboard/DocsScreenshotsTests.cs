using Microsoft.Playwright;
using Sluice.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Sluice.BrowserTests.Dashboard;

/// <summary>The README's pictures: the overview with traffic, the API editor with a debug result,
/// and a version diff. Each test checks what it shows, then saves the picture under the test
/// output's <c>screenshots/</c>, or under <c>SLUICE_SCREENSHOTS_DIR</c> (scripts/screenshots.sh
/// points it at docs/screenshots).</summary>
public sealed class DocsScreenshotsTests(DashboardFixture fixture) : BrowserTest(fixture)
{
    private static readonly string Folder =
        Environment.GetEnvironmentVariable("SLUICE_SCREENSHOTS_DIR") is { Length: > 0 } folder ? folder : Path.Combine(AppContext.BaseDirectory, "screenshots");

    [Fact]
    public Task Overview_WithTraffic_ShowsTopApis() => RunAsync(async page =>
    {
        foreach (var path in new[] { "/api/demo/products?category=books", "/api/demo/products/3", "/api/demo/products/999999", "/api/demo/products?page_size=abc" })
        {
            using var _ = await Fixture.Server.Http.GetAsync(path);
        }
        await WideAsync(page);
        await SignInAndFollowAsync(page, "Overview");

        await Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Top APIs", Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "List products", Exact = true }).First).ToBeVisibleAsync();
        await SaveAsync(page, "overview.png", fullPage: true);
    });

    [Fact]
    public Task ApiEditor_DebugRun_ShowsRowsAndStatements() => RunAsync(async page =>
    {
        var apiId = await new AdminApi(Fixture.Server).IdOfAsync("apis", "List products");
        await WideAsync(page);
        await SignInAndFollowAsync(page, "APIs");
        var debug = new ApiDebugPanel(page);
        await debug.OpenDebugAsync(apiId);
        await debug.Field("category").FillAsync("books");
        await debug.RunButton.ClickAsync();

        await Expect(debug.ResultRows.GetByRole(AriaRole.Row).Nth(1)).ToBeVisibleAsync();
        await Expect(debug.BoundValues(1)).ToBeVisibleAsync();
        await SaveAsync(page, "api-editor-debug.png");
    });

    [Fact]
    public Task Versions_Compare_ShowsBothSides() => RunAsync(async page =>
    {
        var admin = new AdminApi(Fixture.Server);
        var suffix = Guid.NewGuid().ToString("N")[..8];
        const string first = "SELECT id, name, price\nFROM products\nWHERE category = {{ category }}\nORDER BY name";
        const string second = "SELECT id, name, price, in_stock\nFROM products\nWHERE category = {{ category }}\n  AND price <= {{ max_price }}\nORDER BY price, name";
        var parameters = new object[] { new { name = "category", data_type = "string", is_required = true } };
        var api = await admin.PostAsync("/api/v1/apis", new
        {
            name = $"Products by category {suffix}", path = $"docs/products-{suffix}", datasource_id = await admin.DemoDatasourceIdAsync(),
            access_type = "public", content = first, @params = parameters,
        });
        var id = api.GetProperty("id").GetInt64();
        await admin.PostAsync($"/api/v1/apis/{id}/versions", new { commit_message = "Products of one category" });
        await admin.PatchAsync($"/api/v1/apis/{id}", new
        {
            content = second,
            @params = parameters.Append(new { name = "max_price", data_type = "number", is_required = false }).ToArray(),
        });
        await admin.PostAsync($"/api/v1/apis/{id}/versions", new { commit_message = "Price cap and stock" });
        await admin.PostAsync($"/api/v1/apis/{id}/publish", new { version = 2 });

        await WideAsync(page);
        await SignInAndFollowAsync(page, "APIs");
        await page.GotoAsync($"/apis/{id}");
        var versions = new ApiVersionsTab(page);
        await versions.Tab.ClickAsync();
        await versions.CompareFrom.SelectOptionAsync(new SelectOptionValue { Label = "Version 1" });
        await versions.CompareWith.SelectOptionAsync(new SelectOptionValue { Label = "Version 2" });
        await versions.CompareButton.ClickAsync();

        await Expect(versions.CompareDialog("Compare version 1 with version 2")).ToBeVisibleAsync();
        await Expect(versions.Side("Template of version 2")).ToContainTextAsync("in_stock");
        await SaveAsync(page, "version-diff.png");
    });

    private static Task WideAsync(IPage page) => page.SetViewportSizeAsync(1440, 900);

    private static async Task SaveAsync(IPage page, string name, bool fullPage = false)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, name);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage });
        Assert.True(new FileInfo(path).Length > 10_000, $"{name} looks empty.");
    }
}
