using Microsoft.Playwright;

namespace Sluice.BrowserTests.Dashboard;

/// <summary>The dashboard's <c>/macros</c> list and its delete confirmation, found by roles and
/// accessible names.</summary>
internal sealed class MacrosPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Macros", Exact = true, Level = 1 });

    public ILocator NewButton => Button("New macro");

    public ILocator Table => page.GetByRole(AriaRole.Table, new PageGetByRoleOptions { Name = "Macros", Exact = true });

    /// <summary>The list's row of the macro called <paramref name="name"/>.</summary>
    public ILocator Row(string name) =>
        Table.GetByRole(AriaRole.Row).Filter(new LocatorFilterOptions
        {
            Has = page.GetByRole(AriaRole.Rowheader, new PageGetByRoleOptions { Name = name, Exact = true }),
        });

    public ILocator EditButton(string name) => Button($"Edit {name}");

    public ILocator DeleteButton(string name) => Button($"Delete {name}");

    /// <summary>The open "Delete macro …?" confirmation.</summary>
    public ILocator Confirmation(string name) =>
        page.GetByRole(AriaRole.Alertdialog, new PageGetByRoleOptions { Name = $"Delete macro {name}?", Exact = true });

    public ILocator ConfirmDeleteButton(string name) =>
        Confirmation(name).GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Delete", Exact = true });

    private ILocator Button(string name) => page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = name, Exact = true });
}
