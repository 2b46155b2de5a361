using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Sluice.BrowserTests.Infrastructure;
using Sluice.IntegrationTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Sluice.BrowserTests.Dashboard;

/// <summary>Signing in and out of the dashboard, and the session's redirects, as the dashboard's
/// contract describes them (labels, roles, URLs).</summary>
public sealed class SignInTests(DashboardFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public Task Root_WithoutSession_LandsOnLogin() => RunAsync(async page =>
    {
        await page.GotoAsync("/");

        await Expect(page).ToHaveURLAsync(LoginUrl());
        await Expect(new LoginPage(page).SignInButton).ToBeVisibleAsync();
    });

    [Fact]
    public Task SignIn_AsFirstSuperuser_ShowsOverviewAndMainNavigation() => RunAsync(async page =>
    {
        await SignInAsAdminAsync(page);

        var shell = new AppShell(page);
        await Expect(shell.OverviewHeading).ToBeVisibleAsync();
        await Expect(shell.Navigation).ToBeVisibleAsync();
        foreach (var link in AppShell.NavigationLinks)
        {
            await Expect(shell.NavigationLink(link)).ToBeVisibleAsync();
        }
        await Expect(page).Not.ToHaveURLAsync(LoginUrl());
    });

    [Fact]
    public Task SignIn_WrongPassword_ShowsServersMessageInAlert() => RunAsync(async page =>
    {
        // A user of its own, so these refusals never count towards another test's lockout.
        var username = await Fixture.Server.CreateUserAsync();
        var message = await LoginRefusalAsync(username, "not-the-password");
        await page.GotoAsync("/login");

        var login = new LoginPage(page);
        await login.SignInAsync(username, "not-the-password");

        await Expect(login.Alert(message)).ToBeVisibleAsync();
        await Expect(page).ToHaveURLAsync(LoginUrl());
        await Expect(new AppShell(page).OverviewHeading).Not.ToBeVisibleAsync();
    });

    [Fact]
    public Task Reload_AfterSignIn_KeepsSession() => RunAsync(async page =>
    {
        await SignInAsAdminAsync(page);
        var shell = new AppShell(page);
        await Expect(shell.OverviewHeading).ToBeVisibleAsync();

        await page.ReloadAsync();

        await Expect(shell.OverviewHeading).ToBeVisibleAsync();
        await Expect(shell.Navigation).ToBeVisibleAsync();
        await Expect(page).Not.ToHaveURLAsync(LoginUrl());
    });

    [Fact]
    public Task SignOut_ThenDeepLink_RedirectsToLoginAndBackAfterSignIn() => RunAsync(async page =>
    {
        await SignInAsAdminAsync(page);
        var shell = new AppShell(page);
        await Expect(shell.OverviewHeading).ToBeVisibleAsync();

        await shell.AccountButton.ClickAsync();
        await Expect(shell.AccountMenuEntry("Change password")).ToBeVisibleAsync();
        await shell.AccountMenuEntry("Sign out").ClickAsync();
        await Expect(page).ToHaveURLAsync(LoginUrl());

        await page.GotoAsync("/apis");
        await Expect(page).ToHaveURLAsync(Fixture.Url("/login?next=%2Fapis"));

        await new LoginPage(page).SignInAsync(SluiceInstance.AdminUser, SluiceInstance.AdminPassword);
        await Expect(page).ToHaveURLAsync(Fixture.Url("/apis"));
        await Expect(shell.Navigation).ToBeVisibleAsync();
    });

    [Fact]
    public Task DeepLink_AfterSignIn_LoadsClientSideRoute() => RunAsync(async page =>
    {
        await SignInAsAdminAsync(page);
        var shell = new AppShell(page);
        await Expect(shell.OverviewHeading).ToBeVisibleAsync();

        // A fresh load of a client-side route: the server answers it with the app itself.
        var response = await page.GotoAsync("/apis");

        Assert.Equal(200, response?.Status);
        await Expect(page).ToHaveURLAsync(Fixture.Url("/apis"));
        await Expect(shell.Navigation).ToBeVisibleAsync();
        await Expect(shell.NavigationLink("APIs")).ToBeVisibleAsync();
    });

    /// <summary><c>/login</c>, with or without a <c>next</c> query.</summary>
    private Regex LoginUrl() => new("^" + Regex.Escape(Fixture.Url("/login")) + @"(\?.*)?$");

    private static async Task SignInAsAdminAsync(IPage page)
    {
        await page.GotoAsync("/login");
        await new LoginPage(page).SignInAsync(SluiceInstance.AdminUser, SluiceInstance.AdminPassword);
    }

    /// <summary>The message the server itself gives for this refused login, so the test checks
    /// that the dashboard shows the server's words rather than its own.</summary>
    private async Task<string> LoginRefusalAsync(string username, string password)
    {
        using var response = await Fixture.Server.Http.PostAsJsonAsync("/api/v1/login/access-token", new { username, password });
        Assert.False(response.IsSuccessStatusCode, "the login should have been refused");
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return problem.RootElement.GetProperty("detail").GetString()!;
    }
}
