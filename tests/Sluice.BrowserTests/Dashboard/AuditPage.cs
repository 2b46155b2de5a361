using Microsoft.Playwright;

namespace Sluice.BrowserTests.Dashboard;

/// <summary>The dashboard's <c>/audit</c> page: filters, the table, the chain check and the entry
/// drawer, found by labels, roles and accessible names.</summary>
internal sealed class AuditPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Audit", Exact = true, Level = 1 });

    public ILocator Table => page.GetByRole(AriaRole.Table, new PageGetByRoleOptions { Name = "Audit log", Exact = true });

    public ILocator Filters => page.GetByRole(AriaRole.Search, new PageGetByRoleOptions { Name = "Audit log filters", Exact = true });

    public ILocator Action => Filters.GetByLabel("Action", new LocatorGetByLabelOptions { Exact = true });

    public ILocator ApplyFiltersButton => Filters.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Apply filters", Exact = true });

    public ILocator VerifyChainButton => page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Verify chain", Exact = true });

    /// <summary>The status region that announces the chain check's result.</summary>
    public ILocator VerifyResult => page.GetByRole(AriaRole.Status).Filter(new LocatorFilterOptions { HasText = "The audit chain is" });

    /// <summary>The table's rows that contain every one of <paramref name="texts"/>.</summary>
    public ILocator Rows(params string[] texts) =>
        texts.Aggregate(Table.GetByRole(AriaRole.Row), (rows, text) => rows.Filter(new LocatorFilterOptions { HasText = text }));

    /// <summary>The side panel with one entry's details.</summary>
    public ILocator Drawer => page.GetByRole(AriaRole.Dialog);
}
