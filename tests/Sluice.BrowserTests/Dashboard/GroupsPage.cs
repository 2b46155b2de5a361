using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Sluice.BrowserTests.Dashboard;

/// <summary>The dashboard's <c>/groups</c> page: the list, the group editor with its API checklist
/// and the delete confirmation, found by roles and accessible names.</summary>
internal sealed class GroupsPage(IPage page)
{
    // The list's cells after the row header: description, active, APIs, clients.
    private const int ApisColumn = 2;
    private const int ClientsColumn = 3;

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Groups", Exact = true, Level = 1 });

    public ILocator NewButton => Button("New group");

    public ILocator Table => page.GetByRole(AriaRole.Table, new PageGetByRoleOptions { Name = "Groups", Exact = true });

    /// <summary>The open editor: "New group" or "Edit group {name}".</summary>
    public ILocator Editor => page.GetByRole(AriaRole.Dialog, new PageGetByRoleOptions { NameRegex = new Regex("^(New group|Edit group .+)$") });

    public ILocator SaveButton => Editor.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Save", Exact = true });

    public ILocator Field(string label) => Editor.GetByLabel(label, new LocatorGetByLabelOptions { Exact = true });

    public ILocator ApiChoice(string name) =>
        Editor.GetByRole(AriaRole.Group, new LocatorGetByRoleOptions { Name = "APIs", Exact = true })
            .GetByRole(AriaRole.Checkbox, new LocatorGetByRoleOptions { Name = name, Exact = true });

    public ILocator SearchApis => Editor.GetByRole(AriaRole.Searchbox, new LocatorGetByRoleOptions { Name = "Search APIs", Exact = true });

    public ILocator Confirmation(string title) => page.GetByRole(AriaRole.Alertdialog, new PageGetByRoleOptions { Name = title, Exact = true });

    public ILocator Row(string name) => Table.GetByRole(AriaRole.Rowheader, new LocatorGetByRoleOptions { Name = name, Exact = true });

    public ILocator ApisCount(string name) => Cells(name).Nth(ApisColumn);

    public ILocator ClientsCount(string name) => Cells(name).Nth(ClientsColumn);

    public ILocator Button(string name) => page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = name, Exact = true });

    private ILocator Cells(string name) =>
        Table.GetByRole(AriaRole.Row)
            // A filter's locator is looked up inside each row, so it starts from the page.
            .Filter(new LocatorFilterOptions { Has = page.GetByRole(AriaRole.Rowheader, new PageGetByRoleOptions { Name = name, Exact = true }) })
            .GetByRole(AriaRole.Cell);
}
