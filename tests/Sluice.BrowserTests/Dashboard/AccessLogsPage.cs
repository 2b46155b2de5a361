using Microsoft.Playwright;

namespace Sluice.BrowserTests.Dashboard;

/// <summary>The dashboard's <c>/access-logs</c> page: filters, the table, the pager and the
/// request drawer, found by labels, roles and accessible names.</summary>
internal sealed class AccessLogsPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Access logs", Exact = true, Level = 1 });

    public ILocator Table => page.GetByRole(AriaRole.Table, new PageGetByRoleOptions { Name = "Access logs", Exact = true });

    public ILocator Filters => page.GetByRole(AriaRole.Search, new PageGetByRoleOptions { Name = "Access log filters", Exact = true });

    public ILocator Outcome => Filters.GetByLabel("Outcome", new LocatorGetByLabelOptions { Exact = true });

    public ILocator PathContains => Filters.GetByLabel("Path contains", new LocatorGetByLabelOptions { Exact = true });

    /// <summary>The API filter: a list of names, or an id to type for a user who may not list APIs.</summary>
    public ILocator Api => Filters.GetByLabel("API", new LocatorGetByLabelOptions { Exact = true });

    public ILocator Alerts => page.GetByRole(AriaRole.Alert);

    public ILocator ApplyFiltersButton => Filters.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Apply filters", Exact = true });

    public ILocator Pager => page.GetByRole(AriaRole.Navigation, new PageGetByRoleOptions { Name = "Access logs pages", Exact = true });

    public ILocator RowsPerPage => Pager.GetByLabel("Rows per page", new LocatorGetByLabelOptions { Exact = true });

    public ILocator NextPageButton => Pager.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Next page", Exact = true });

    public ILocator PreviousPageButton => Pager.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Previous page", Exact = true });

    /// <summary>The table's row of the request with this id.</summary>
    public ILocator Row(string requestId) => Table.GetByRole(AriaRole.Row).Filter(new LocatorFilterOptions { HasText = requestId });

    /// <summary>The side panel with one request's details.</summary>
    public ILocator Drawer(string requestId) => page.GetByRole(AriaRole.Dialog, new PageGetByRoleOptions { Name = $"Request {requestId}", Exact = true });

    public static ILocator CloseButton(ILocator drawer) => drawer.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Close", Exact = true });
}
