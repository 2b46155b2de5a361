using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Sluice.BrowserTests.Infrastructure;
using Sluice.IntegrationTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Sluice.BrowserTests.Dashboard;

/// <summary>The Roles page against the demo server: a role built with the permission matrix and
/// what its holder then sees, scoped grants, the server's refusals and a read-only viewer.</summary>
public sealed class RolesTests(DashboardFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public Task Create_ApiReadAndExecuteRole_HolderSeesOnlyApisInNavigation() => RunAsync(async page =>
    {
        var roleName = $"api-runner-{Guid.NewGuid():N}"[..20];
        var username = $"runner_{Guid.NewGuid():N}"[..18];
        var roles = await OpenAsync(page, SluiceInstance.AdminUser, SluiceInstance.AdminPassword);

        await roles.NewButton.ClickAsync();
        await roles.Name.FillAsync(roleName);
        await roles.Cell("read", "api").CheckAsync();
        await roles.Cell("execute", "api").CheckAsync();
        await Expect(roles.Cell("update", "api")).Not.ToBeCheckedAsync();
        await roles.SaveButton.ClickAsync();

        await Expect(roles.Editor).Not.ToBeAttachedAsync();
        // Users, then grants: no holder yet, two grants.
        await Expect(roles.Row(roleName).GetByRole(AriaRole.Cell).Nth(2)).ToHaveTextAsync("0");
        await Expect(roles.Row(roleName).GetByRole(AriaRole.Cell).Nth(3)).ToHaveTextAsync("2");

        await new AppShell(page).NavigationLink("Users").ClickAsync();
        var users = new UsersPage(page);
        await users.NewButton.ClickAsync();
        await users.Username.FillAsync(username);
        await users.Password.FillAsync(AdminApi.UserPassword);
        await users.RoleCheckbox(roleName).CheckAsync();
        await users.SaveButton.ClickAsync();
        await Expect(users.Row(username).GetByRole(AriaRole.Cell).First).ToHaveTextAsync(roleName);

        await using var context = await Fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Fixture.Url("/") });
        var holder = await context.NewPageAsync();
        await holder.GotoAsync("/login");
        await new LoginPage(holder).SignInAsync(username, AdminApi.UserPassword);
        var shell = new AppShell(holder);
        await Expect(shell.Navigation.GetByRole(AriaRole.Link)).ToHaveTextAsync(["APIs"]);
    });

    [Fact]
    public Task Create_ScopedGrantOnOneApi_IsListedByNameAndKept() => RunAsync(async page =>
    {
        var api = (await new AdminApi(Fixture.Server).GetAsync("/api/v1/apis?page_size=1")).GetProperty("data")[0];
        var label = $"{api.GetProperty("name").GetString()} ({api.GetProperty("http_method").GetString()} {api.GetProperty("path").GetString()})";
        var roleName = $"one-api-{Guid.NewGuid():N}"[..18];
        var roles = await OpenAsync(page, SluiceInstance.AdminUser, SluiceInstance.AdminPassword);

        await roles.NewButton.ClickAsync();
        await roles.Name.FillAsync(roleName);
        await roles.ScopedResourceType.SelectOptionAsync(new SelectOptionValue { Label = "APIs" });
        await roles.ScopedResource.SelectOptionAsync(new SelectOptionValue { Label = label });
        await roles.ScopedAction("execute").CheckAsync();
        await roles.AddScopedButton.ClickAsync();

        var grant = roles.ScopedList.GetByRole(AriaRole.Listitem).Filter(new LocatorFilterOptions { HasText = $"execute on APIs: {label}" });
        await Expect(grant).ToBeVisibleAsync();
        await roles.SaveButton.ClickAsync();
        await Expect(roles.Editor).Not.ToBeAttachedAsync();

        await roles.Button($"Edit {roleName}").ClickAsync();
        await Expect(grant).ToBeVisibleAsync();
        await Expect(roles.Cell("execute", "api")).Not.ToBeCheckedAsync();
        await grant.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { NameRegex = new Regex("^Remove execute api ") }).ClickAsync();
        await Expect(grant).Not.ToBeAttachedAsync();
    });

    [Fact]
    public Task Create_DuplicateName_ShowsServersMessageNextToName() => RunAsync(async page =>
    {
        var roleName = $"taken-{Guid.NewGuid():N}"[..16];
        await new AdminApi(Fixture.Server).PostAsync("/api/v1/roles", new { name = roleName, permissions = Array.Empty<object>() });
        var roles = await OpenAsync(page, SluiceInstance.AdminUser, SluiceInstance.AdminPassword);

        await roles.NewButton.ClickAsync();
        await roles.Name.FillAsync(roleName);
        await roles.Cell("read", "module").CheckAsync();
        await roles.SaveButton.ClickAsync();

        await Expect(roles.Name).ToHaveAccessibleDescriptionAsync($"Name is taken. Another role is already named '{roleName}'.");
        await Expect(roles.Editor.GetByRole(AriaRole.Heading, new LocatorGetByRoleOptions { Name = "New role", Exact = true })).ToBeVisibleAsync();
    });

    [Fact]
    public Task Delete_BuiltinRole_IsDisabledWithTheReason() => RunAsync(async page =>
    {
        var roles = await OpenAsync(page, SluiceInstance.AdminUser, SluiceInstance.AdminPassword);

        await Expect(roles.Row("Admin").GetByText("Built-in", new LocatorGetByTextOptions { Exact = true })).ToBeVisibleAsync();
        var delete = roles.Button("Delete Admin");
        await Expect(delete).ToBeDisabledAsync();
        await Expect(delete).ToHaveAccessibleDescriptionAsync("Admin is a built-in role and cannot be deleted.");
        await Expect(roles.Button("Edit Admin")).ToBeEnabledAsync();
    });

    [Fact]
    public Task List_Viewer_ShowsNoNewEditOrDeleteControls() => RunAsync(async page =>
    {
        var username = await new AdminApi(Fixture.Server).CreateUserInRoleAsync("viewer", "Viewer");
        var roles = await OpenAsync(page, username, AdminApi.UserPassword);

        await Expect(roles.RowHeader("Viewer")).ToBeVisibleAsync();
        await Expect(roles.NewButton).Not.ToBeAttachedAsync();
        await Expect(page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { NameRegex = new Regex("^(Edit|Delete) ") })).ToHaveCountAsync(0);

        await roles.Button("View Viewer").ClickAsync();
        await Expect(roles.Cell("read", "api")).ToBeCheckedAsync();
        await Expect(roles.Cell("read", "api")).ToBeDisabledAsync();
        await Expect(roles.SaveButton).Not.ToBeAttachedAsync();
    });

    /// <summary>Signs in and follows the Main navigation to Roles.</summary>
    private static async Task<RolesPage> OpenAsync(IPage page, string username, string password)
    {
        await SignInAndFollowAsync(page, "Roles", username, password);
        var roles = new RolesPage(page);
        await Expect(roles.Heading).ToBeVisibleAsync();
        await Expect(roles.Table).ToBeVisibleAsync();
        return roles;
    }
}
