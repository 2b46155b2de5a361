using Microsoft.Playwright;

namespace Sluice.BrowserTests.Dashboard;

/// <summary>The overview's Top APIs panel: the most requested APIs, each linking to its editor.</summary>
internal sealed class TopApisPanel(IPage page)
{
    public ILocator Table => page.GetByRole(AriaRole.Table, new PageGetByRoleOptions { Name = "Top APIs", Exact = true });

    /// <summary>The link to the editor of the API called <paramref name="name"/>.</summary>
    public ILocator ApiLink(string name) => Table.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = name, Exact = true });
}
