using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Sluice.BrowserTests.Infrastructure;
using Sluice.IntegrationTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Sluice.BrowserTests.Dashboard;

/// <summary>The Users page against the demo server: creating, editing and deleting users, the
/// server's password rule and protections, and a read-only viewer.</summary>
public sealed class UsersTests(DashboardFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public Task Create_WithViewerRole_ListsUserWithRoleAndActive() => RunAsync(async page =>
    {
        var username = $"ann_{Guid.NewGuid():N}"[..14];
        var users = await OpenAsync(page, SluiceInstance.AdminUser, SluiceInstance.AdminPassword);

        await users.NewButton.ClickAsync();
        await Expect(users.Password).ToHaveAccessibleDescriptionAsync("8 to 128 characters, and not the same as the username.");
        await users.Username.FillAsync(username);
        await users.Password.FillAsync(AdminApi.UserPassword);
        await users.RoleCheckbox("Viewer").CheckAsync();
        await users.SaveButton.ClickAsync();

        await Expect(users.Editor).Not.ToBeAttachedAsync();
        // Roles, active, superuser.
        await Expect(users.Row(username).GetByRole(AriaRole.Cell).Nth(0)).ToHaveTextAsync("Viewer");
        await Expect(users.Row(username).GetByRole(AriaRole.Cell).Nth(1)).ToHaveTextAsync("yes");
        await Expect(users.Row(username).GetByRole(AriaRole.Cell).Nth(2)).ToHaveTextAsync("no");
    });

    [Fact]
    public Task Create_ShortPassword_ShowsServersRuleNextToPassword() => RunAsync(async page =>
    {
        var users = await OpenAsync(page, SluiceInstance.AdminUser, SluiceInstance.AdminPassword);

        await users.NewButton.ClickAsync();
        await users.Username.FillAsync($"short_{Guid.NewGuid():N}"[..16]);
        await users.Password.FillAsync("short");
        await users.SaveButton.ClickAsync();

        await Expect(users.Editor.GetByRole(AriaRole.Alert).Filter(new LocatorFilterOptions { HasText = "Password must be 8 to 128 characters long." })).ToBeVisibleAsync();
        await Expect(users.Password).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(users.Editor.GetByRole(AriaRole.Heading, new LocatorGetByRoleOptions { Name = "New user", Exact = true })).ToBeVisibleAsync();
    });

    [Fact]
    public Task Edit_Deactivate_ListsUserInactive() => RunAsync(async page =>
    {
        var username = await new AdminApi(Fixture.Server).CreateUserAsync("deact", ("api", "read"));
        var users = await OpenAsync(page, SluiceInstance.AdminUser, SluiceInstance.AdminPassword);

        await users.Button($"Edit {username}").ClickAsync();
        await users.Active.UncheckAsync();
        await users.NewPassword.FillAsync("another-password-2");
        await users.SaveButton.ClickAsync();

        await Expect(users.Editor).Not.ToBeAttachedAsync();
        await Expect(users.Row(username).GetByRole(AriaRole.Cell).Nth(1)).ToHaveTextAsync("no");
    });

    [Fact]
    public Task OwnAccount_DeleteAndDeactivate_AreDisabledWithTheReason() => RunAsync(async page =>
    {
        var users = await OpenAsync(page, SluiceInstance.AdminUser, SluiceInstance.AdminPassword);

        var delete = users.Button($"Delete {SluiceInstance.AdminUser}");
        await Expect(delete).ToBeDisabledAsync();
        await Expect(delete).ToHaveAccessibleDescriptionAsync("You cannot delete your own account.");

        await users.Button($"Edit {SluiceInstance.AdminUser}").ClickAsync();
        await Expect(users.Active).ToBeDisabledAsync();
        await Expect(users.Active).ToHaveAccessibleDescriptionAsync("You cannot deactivate your own account.");
    });

    [Fact]
    public Task Superuser_SeenByUserEditor_EditIsDisabledWithTheReason() => RunAsync(async page =>
    {
        var username = await new AdminApi(Fixture.Server).CreateUserAsync("editor", ("user", "read"), ("user", "update"), ("role", "read"));
        var users = await OpenAsync(page, username, AdminApi.UserPassword);

        var edit = users.Button($"Edit {SluiceInstance.AdminUser}");
        await Expect(edit).ToBeDisabledAsync();
        await Expect(edit).ToHaveAccessibleDescriptionAsync("Only a superuser can change a superuser.");
        await Expect(users.Button($"Edit {username}")).ToBeEnabledAsync();
        await Expect(users.NewButton).Not.ToBeAttachedAsync();
        await Expect(users.Button($"Delete {SluiceInstance.AdminUser}")).Not.ToBeAttachedAsync();
    });

    [Fact]
    public Task Delete_AfterConfirmation_RemovesUserFromList() => RunAsync(async page =>
    {
        var username = await new AdminApi(Fixture.Server).CreateUserAsync("doomed", ("api", "read"));
        var users = await OpenAsync(page, SluiceInstance.AdminUser, SluiceInstance.AdminPassword);

        await users.Button($"Delete {username}").ClickAsync();
        var confirmation = page.GetByRole(AriaRole.Alertdialog, new PageGetByRoleOptions { Name = $"Delete user {username}?", Exact = true });
        await confirmation.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Delete", Exact = true }).ClickAsync();

        await Expect(confirmation).Not.ToBeAttachedAsync();
        await Expect(users.RowHeader(username)).Not.ToBeAttachedAsync();
        await Expect(users.RowHeader(SluiceInstance.AdminUser)).ToBeVisibleAsync();
    });

    [Fact]
    public Task List_Viewer_ShowsNoNewEditOrDeleteControls() => RunAsync(async page =>
    {
        var username = await new AdminApi(Fixture.Server).CreateUserInRoleAsync("viewer", "Viewer");
        var users = await OpenAsync(page, username, AdminApi.UserPassword);

        await Expect(users.RowHeader(SluiceInstance.AdminUser)).ToBeVisibleAsync();
        await Expect(users.NewButton).Not.ToBeAttachedAsync();
        await Expect(page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { NameRegex = new Regex("^(Edit|Delete) ") })).ToHaveCountAsync(0);
    });

    /// <summary>Signs in and follows the Main navigation to Users.</summary>
    private static async Task<UsersPage> OpenAsync(IPage page, string username, string password)
    {
        await SignInAndFollowAsync(page, "Users", username, password);
        var users = new UsersPage(page);
        await Expect(users.Heading).ToBeVisibleAsync();
        await Expect(users.Table).ToBeVisibleAsync();
        return users;
    }
}
