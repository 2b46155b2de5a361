using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Sluice.BrowserTests.Dashboard;

/// <summary>The overview page's regions, found by their accessible names.</summary>
internal sealed class OverviewPage(IPage page)
{
    public ILocator TimeRange => page.GetByLabel("Time range", new PageGetByLabelOptions { Exact = true });

    public ILocator RequestsCard => page.GetByRole(AriaRole.List, new PageGetByRoleOptions { Name = "Figures", Exact = true })
        .GetByRole(AriaRole.Listitem, new LocatorGetByRoleOptions { NameRegex = new Regex("^Requests: ") });

    public ILocator RequestsChart => page.GetByRole(AriaRole.Img, new PageGetByRoleOptions { Name = "Requests by day", Exact = true });

    public ILocator TopPaths => page.GetByRole(AriaRole.Table, new PageGetByRoleOptions { Name = "Top paths", Exact = true });

    public ILocator StatusBreakdown => page.GetByRole(AriaRole.List, new PageGetByRoleOptions { Name = "Requests by status class", Exact = true });

    public ILocator RecentAccess => page.GetByRole(AriaRole.Table, new PageGetByRoleOptions { Name = "Recent access", Exact = true });

    public ILocator Alerts => page.GetByRole(AriaRole.Alert);
}
