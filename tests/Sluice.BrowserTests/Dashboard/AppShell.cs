using Microsoft.Playwright;

namespace Sluice.BrowserTests.Dashboard;

/// <summary>The signed-in dashboard's frame: the Main navigation, the Account menu and the
/// overview's heading.</summary>
internal sealed class AppShell(IPage page)
{
    /// <summary>The links of the Main navigation, in the order the dashboard lists them.</summary>
    public static readonly string[] NavigationLinks =
        ["Overview", "APIs", "Datasources", "Modules", "Macros", "Clients", "Groups", "Access logs", "Audit", "Users", "Roles"];

    public ILocator Navigation => page.GetByRole(AriaRole.Navigation, new PageGetByRoleOptions { Name = "Main", Exact = true });

    public ILocator OverviewHeading => page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Overview", Exact = true, Level = 1 });

    public ILocator AccountButton => page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Account", Exact = true });

    public ILocator NavigationLink(string name) =>
        Navigation.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = name, Exact = true });

    /// <summary>An entry of the open Account menu: a menu item, or a button inside the menu.</summary>
    public ILocator AccountMenuEntry(string name) =>
        page.GetByRole(AriaRole.Menuitem, new PageGetByRoleOptions { Name = name, Exact = true })
            .Or(page.GetByRole(AriaRole.Menu).GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = name, Exact = true }));
}
