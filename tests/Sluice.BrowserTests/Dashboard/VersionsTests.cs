using Microsoft.Playwright;
using Sluice.BrowserTests.Infrastructure;
using Sluice.IntegrationTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Sluice.BrowserTests.Dashboard;

/// <summary>The API editor's Versions tab against the demo server: commit, publish, compare two
/// versions side by side, roll back with a confirmation, and what a read-only user sees.</summary>
public sealed class VersionsTests(DashboardFixture fixture) : BrowserTest(fixture)
{
    private const string FirstSql = "SELECT id, name FROM products ORDER BY id";
    private const string SecondSql = "SELECT id, name, price FROM products ORDER BY id";

    [Fact]
    public Task CommitPublishCompareRollBack_TwoVersions_EndsPublishedAtVersionOne() => RunAsync(async page =>
    {
        var admin = new AdminApi(Fixture.Server);
        var apiId = await CreateApiAsync(admin);
        await SignInAsync(page, SluiceInstance.AdminUser, SluiceInstance.AdminPassword);
        var versions = await OpenAsync(page, apiId);

        await versions.CommitAsync("First cut");
        await Expect(versions.Version(1)).ToBeVisibleAsync();
        await admin.PatchAsync($"/api/v1/apis/{apiId}", new { content = SecondSql });
        await versions.CommitAsync("Add the price");
        await Expect(versions.Row(2)).ToContainTextAsync("Add the price");

        await versions.PublishButton(2).ClickAsync();
        await Expect(versions.State).ToHaveTextAsync("Published v2");
        await Expect(versions.Row(2)).ToContainTextAsync("Published");

        await versions.CompareFrom.SelectOptionAsync(new SelectOptionValue { Label = "Version 1" });
        await versions.CompareWith.SelectOptionAsync(new SelectOptionValue { Label = "Version 2" });
        await versions.CompareButton.ClickAsync();
        var compare = versions.CompareDialog("Compare version 1 with version 2");
        await Expect(versions.Side("Template of version 1")).ToContainTextAsync(FirstSql);
        await Expect(versions.Side("Template of version 2")).ToContainTextAsync(SecondSql);
        await compare.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Close", Exact = true }).ClickAsync();
        await Expect(compare).Not.ToBeAttachedAsync();

        await versions.RollBackButton(1).ClickAsync();
        var confirmation = versions.Confirmation("Roll back from version 2 to version 1?");
        await confirmation.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Roll back", Exact = true }).ClickAsync();
        await Expect(confirmation).Not.ToBeAttachedAsync();
        await Expect(versions.State).ToHaveTextAsync("Published v1");
        await Expect(versions.Row(1)).ToContainTextAsync("Published");
    });

    [Fact]
    public Task Commit_NothingChanged_SaysSoInTheDialog() => RunAsync(async page =>
    {
        var admin = new AdminApi(Fixture.Server);
        var apiId = await CreateApiAsync(admin);
        await admin.PostAsync($"/api/v1/apis/{apiId}/versions", new { commit_message = "as created" });
        await SignInAsync(page, SluiceInstance.AdminUser, SluiceInstance.AdminPassword);
        var versions = await OpenAsync(page, apiId);
        await Expect(versions.Version(1)).ToBeVisibleAsync();

        await versions.CommitButton.ClickAsync();
        await versions.CommitDialog.GetByLabel("Commit message", new LocatorGetByLabelOptions { Exact = true }).FillAsync("again");
        await versions.CommitDialog.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Commit", Exact = true }).ClickAsync();

        await Expect(versions.CommitDialog.GetByRole(AriaRole.Alert)).ToContainTextAsync("Nothing changed since version 1");
    });

    [Fact]
    public Task History_ReadOnlyUser_SeesVersionsButNoCommitPublishOrRestore() => RunAsync(async page =>
    {
        var admin = new AdminApi(Fixture.Server);
        var apiId = await CreateApiAsync(admin);
        await admin.PostAsync($"/api/v1/apis/{apiId}/versions", new { commit_message = "only version" });
        var reader = await admin.CreateUserAsync("vreader", ("api", "read"));
        await SignInAsync(page, reader, AdminApi.UserPassword);
        var versions = await OpenAsync(page, apiId);

        await Expect(versions.Row(1)).ToContainTextAsync("only version");
        await Expect(versions.CompareButton).ToBeVisibleAsync();
        await Expect(versions.CommitButton).Not.ToBeAttachedAsync();
        await Expect(versions.PublishButton(1)).Not.ToBeAttachedAsync();
        await Expect(page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Restore version 1 into the draft", Exact = true })).Not.ToBeAttachedAsync();
    });

    [Fact]
    public Task Compare_ScriptApi_ShowsTheScriptsNotTemplates() => RunAsync(async page =>
    {
        const string first = "function execute(params) { return { ok: true }; }";
        const string second = "function execute(params) { return { ok: false }; }";
        var admin = new AdminApi(Fixture.Server);
        var suffix = Guid.NewGuid().ToString("N")[..10];
        var apiId = (await admin.PostAsync("/api/v1/apis", new
        {
            name = $"script-versions-{suffix}",
            path = $"script-versions/{suffix}",
            execute_engine = "script",
            access_type = "public",
            content = first,
        })).GetProperty("id").GetInt64();
        await admin.PostAsync($"/api/v1/apis/{apiId}/versions", new { commit_message = "first" });
        await admin.PatchAsync($"/api/v1/apis/{apiId}", new { content = second });
        await admin.PostAsync($"/api/v1/apis/{apiId}/versions", new { commit_message = "second" });
        await SignInAsync(page, SluiceInstance.AdminUser, SluiceInstance.AdminPassword);
        var versions = await OpenAsync(page, apiId);

        await Expect(versions.Row(2)).ToContainTextAsync("second");
        await versions.CompareButton.ClickAsync();

        await Expect(versions.Side("Script of version 1")).ToContainTextAsync(first);
        await Expect(versions.Side("Script of version 2")).ToContainTextAsync(second);
        await Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Script", Exact = true })).ToBeVisibleAsync();
    });

    /// <summary>A new public API over the demo datasource, with <see cref="FirstSql"/> as its draft.</summary>
    private static async Task<long> CreateApiAsync(AdminApi admin)
    {
        var suffix = Guid.NewGuid().ToString("N")[..10];
        var api = await admin.PostAsync("/api/v1/apis", new
        {
            name = $"versions-{suffix}",
            path = $"versions/{suffix}",
            datasource_id = await admin.DemoDatasourceIdAsync(),
            access_type = "public",
            content = FirstSql,
        });
        return api.GetProperty("id").GetInt64();
    }

    private static async Task SignInAsync(IPage page, string username, string password)
    {
        await page.GotoAsync("/login");
        await new LoginPage(page).SignInAsync(username, password);
        await Expect(new AppShell(page).Navigation).ToBeVisibleAsync();
    }

    private static async Task<ApiVersionsTab> OpenAsync(IPage page, long apiId)
    {
        await page.GotoAsync($"/apis/{apiId}");
        var versions = new ApiVersionsTab(page);
        await versions.Tab.ClickAsync();
        return versions;
    }
}
