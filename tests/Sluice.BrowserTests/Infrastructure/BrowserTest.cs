using System.Runtime.CompilerServices;
using Microsoft.Playwright;
using Sluice.BrowserTests.Dashboard;
using Sluice.IntegrationTests.Infrastructure;

namespace Sluice.BrowserTests.Infrastructure;

/// <summary>A test class that drives the dashboard in Chromium: one server and browser per class
/// (<see cref="DashboardFixture"/>), a fresh context (no cookies, no storage) and page per test.</summary>
public abstract class BrowserTest : IClassFixture<DashboardFixture>
{
    /// <summary>How long an auto-waiting assertion waits: generous, so a busy machine only makes
    /// a test slower, never red.</summary>
    private const float ExpectTimeoutMs = 20_000;

    static BrowserTest() => Assertions.SetDefaultExpectTimeout(ExpectTimeoutMs);

    protected BrowserTest(DashboardFixture fixture) => Fixture = fixture;

    protected DashboardFixture Fixture { get; }

    /// <summary>Signs in (as the first superuser unless a user is given) and follows the Main
    /// navigation's <paramref name="link"/>.</summary>
    protected static async Task SignInAndFollowAsync(IPage page, string link, string? username = null, string? password = null)
    {
        await page.GotoAsync("/login");
        await new LoginPage(page).SignInAsync(username ?? SluiceInstance.AdminUser, password ?? SluiceInstance.AdminPassword);
        await new AppShell(page).NavigationLink(link).ClickAsync();
    }

    /// <summary>Runs <paramref name="test"/> on a new page; when it fails, saves a screenshot and
    /// the page's console log (<see cref="FailureArtifacts"/>) and rethrows.</summary>
    protected async Task RunAsync(Func<IPage, Task> test, [CallerMemberName] string name = "")
    {
        await using var context = await Fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Fixture.Url("/"),
        });
        var page = await context.NewPageAsync();
        var journal = PageJournal.Attach(page);
        try
        {
            await test(page);
        }
        catch (Exception failure)
        {
            await FailureArtifacts.SaveAsync(page, journal, $"{GetType().Name}.{name}", failure);
            throw;
        }
    }
}
