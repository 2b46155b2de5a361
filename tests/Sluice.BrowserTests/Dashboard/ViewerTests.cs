using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Sluice.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Sluice.BrowserTests.Dashboard;

/// <summary>A user holding only the built-in Viewer role walks every section of the dashboard and
/// finds its records, but no control that would change anything.</summary>
public sealed partial class ViewerTests(DashboardFixture fixture) : BrowserTest(fixture)
{
    /// <summary>Names of controls that create, change, delete, ship or run something.</summary>
    [GeneratedRegex(@"^(New|Edit|Delete|Save|Commit|Publish|Unpublish|Roll back|Restore|Rotate|Deactivate|Activate|Run|Add|Send|Test connection)\b")]
    private static partial Regex ChangingControl();

    /// <summary>Each section by its navigation label and the table that shows its records.</summary>
    public static TheoryData<string, string> Sections() => new()
    {
        { "APIs", "APIs" },
        { "Datasources", "Datasources" },
        { "Modules", "Modules" },
        { "Macros", "Macros" },
        { "Clients", "Clients" },
        { "Groups", "Groups" },
        { "Access logs", "Access logs" },
        { "Audit", "Audit log" },
        { "Users", "Users" },
        { "Roles", "Roles" },
    };

    [Theory]
    [MemberData(nameof(Sections))]
    public Task Section_Viewer_ListsRecordsWithoutChangingControls(string link, string table) => RunAsync(async page =>
    {
        var admin = new AdminApi(Fixture.Server);
        await EnsureRecordsAsync(admin);
        var viewer = await admin.CreateUserInRoleAsync("viewer", "Viewer");

        await SignInAndFollowAsync(page, link, viewer, AdminApi.UserPassword);

        await Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = link, Exact = true, Level = 1 })).ToBeVisibleAsync();
        var records = page.GetByRole(AriaRole.Table, new PageGetByRoleOptions { Name = table, Exact = true });
        await Expect(records.GetByRole(AriaRole.Row).Nth(1)).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { NameRegex = ChangingControl() })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { NameRegex = ChangingControl() })).ToHaveCountAsync(0);
    });

    [Fact]
    public Task ApiEditor_Viewer_SeesEveryTabWithoutChangingControls() => RunAsync(async page =>
    {
        var admin = new AdminApi(Fixture.Server);
        var apiId = await admin.IdOfAsync("apis", "Get product");
        var viewer = await admin.CreateUserInRoleAsync("viewer", "Viewer");
        await SignInAndFollowAsync(page, "APIs", viewer, AdminApi.UserPassword);
        var editor = new ApiEditorPage(page);
        await editor.OpenAsync(apiId);

        await Expect(editor.SqlEditor).ToHaveAttributeAsync("contenteditable", "false");
        foreach (var tab in new[] { "Settings", "Parameters", "Debug", "Tests", "Versions", "Call it" })
        {
            await editor.Tab(tab).ClickAsync();
            await Expect(editor.Tab(tab)).ToHaveAttributeAsync("aria-selected", "true");
            await Expect(page.GetByRole(AriaRole.Tabpanel, new PageGetByRoleOptions { Name = tab, Exact = true })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { NameRegex = ChangingControl() })).ToHaveCountAsync(0);
        }
    });

    /// <summary>At least one record in every section: a client, a group, a macro and a gateway call
    /// (the demo brings the datasource, module, APIs, users and roles; signing in writes the audit).</summary>
    private async Task EnsureRecordsAsync(AdminApi admin)
    {
        var suffix = Guid.NewGuid().ToString("N")[..10];
        await admin.PostAsync("/api/v1/clients", new { name = $"viewer-client-{suffix}" });
        await admin.PostAsync("/api/v1/groups", new { name = $"viewer-group-{suffix}" });
        await admin.PostAsync("/api/v1/macros", new { name = $"viewer_macro_{suffix}", content = "AND 1 = 1" });
        using var call = await Fixture.Server.Http.GetAsync("/api/demo/products?page=1&page_size=1");
    }
}
