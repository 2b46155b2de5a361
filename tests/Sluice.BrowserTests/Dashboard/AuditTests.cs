using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Sluice.BrowserTests.Infrastructure;
using Sluice.IntegrationTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Sluice.BrowserTests.Dashboard;

/// <summary>The Audit page on the demo server: the sign-in it records, the chain check, an
/// entry's drawer with its summary and hashes, and the action filter kept in the address.</summary>
public sealed class AuditTests(DashboardFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public Task List_AfterSignIn_ShowsTheLoginAndVerifyChainSaysValid() => RunAsync(async page =>
    {
        var audit = await OpenAsync(page);

        await Expect(audit.Rows("login", SluiceInstance.AdminUser).First).ToBeVisibleAsync();

        await audit.VerifyChainButton.ClickAsync();

        await Expect(audit.VerifyResult).ToHaveTextAsync(new Regex(@"^The audit chain is valid \([1-9][\d,]* (entry|entries) checked\)\.$"));
    });

    [Fact]
    public Task Details_CreateEntry_ShowsSummaryAndHashes_AndActionFilterHidesIt() => RunAsync(async page =>
    {
        var name = $"audited-{Guid.NewGuid():N}"[..20];
        var module = await new AdminApi(Fixture.Server).PostAsync("/api/v1/modules", new { name });
        var resource = $"module {module.GetProperty("id").GetInt64()}";
        var audit = await OpenAsync(page);
        var created = audit.Rows("create", resource);

        await created.ClickAsync();

        var drawer = audit.Drawer;
        await Expect(drawer).ToHaveAccessibleNameAsync(new Regex(@"^Audit entry \d+$"));
        await Expect(drawer.GetByLabel("Summary", new LocatorGetByLabelOptions { Exact = true })).ToContainTextAsync($"\"name\": \"{name}\"");
        await Expect(drawer).ToContainTextAsync("Previous hash");
        await drawer.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Close", Exact = true }).ClickAsync();
        await Expect(drawer).Not.ToBeAttachedAsync();

        await audit.Action.FillAsync("login");
        await audit.ApplyFiltersButton.ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"/audit\?action=login$"));
        await Expect(audit.Rows("login", SluiceInstance.AdminUser).First).ToBeVisibleAsync();
        await Expect(created).Not.ToBeAttachedAsync();
    });

    /// <summary>Signs in as the first superuser and follows the Main navigation to Audit.</summary>
    private static async Task<AuditPage> OpenAsync(IPage page)
    {
        await SignInAndFollowAsync(page, "Audit");
        var audit = new AuditPage(page);
        await Expect(audit.Heading).ToBeVisibleAsync();
        return audit;
    }
}
