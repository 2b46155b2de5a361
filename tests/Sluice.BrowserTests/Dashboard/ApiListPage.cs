using Microsoft.Playwright;

namespace Sluice.BrowserTests.Dashboard;

/// <summary>The dashboard's <c>/apis</c> list: its filters, table and the New API link.</summary>
internal sealed class ApiListPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "APIs", Exact = true, Level = 1 });

    public ILocator NewApi => page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "New API", Exact = true });

    public ILocator Search => page.GetByLabel("Search", new PageGetByLabelOptions { Exact = true });

    public ILocator StateFilter => page.GetByLabel("State", new PageGetByLabelOptions { Exact = true });

    public ILocator Table => page.GetByRole(AriaRole.Table, new PageGetByRoleOptions { Name = "APIs", Exact = true });

    /// <summary>The link of the API called <paramref name="name"/> in the table.</summary>
    public ILocator ApiLink(string name) => Table.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = name, Exact = true });

    public async Task OpenAsync()
    {
        await page.GotoAsync("/apis");
        await Assertions.Expect(Heading).ToBeVisibleAsync();
    }
}
