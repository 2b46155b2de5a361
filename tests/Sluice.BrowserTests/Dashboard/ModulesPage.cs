using Microsoft.Playwright;

namespace Sluice.BrowserTests.Dashboard;

/// <summary>The dashboard's <c>/modules</c> page, its editor dialog and its delete confirmation,
/// found by labels, roles and accessible names.</summary>
internal sealed class ModulesPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Modules", Exact = true, Level = 1 });

    public ILocator NewButton => Button("New module");

    public ILocator Editor => page.GetByRole(AriaRole.Dialog);

    public ILocator Name => page.GetByLabel("Name", new PageGetByLabelOptions { Exact = true });

    public ILocator SaveButton => Editor.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Save", Exact = true });

    /// <summary>The list's row header of the module called <paramref name="name"/>.</summary>
    public ILocator Row(string name) =>
        page.GetByRole(AriaRole.Table, new PageGetByRoleOptions { Name = "Modules", Exact = true })
            .GetByRole(AriaRole.Rowheader, new LocatorGetByRoleOptions { Name = name, Exact = true });

    /// <summary>The link to the APIs of the module called <paramref name="name"/>, named by their count.</summary>
    public ILocator ApiCount(string name, int count) =>
        page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = $"{count} {(count == 1 ? "API" : "APIs")} in {name}", Exact = true });

    public ILocator EditButton(string name) => Button($"Edit {name}");

    public ILocator DeleteButton(string name) => Button($"Delete {name}");

    /// <summary>The open "Delete module …?" confirmation.</summary>
    public ILocator Confirmation(string name) =>
        page.GetByRole(AriaRole.Alertdialog, new PageGetByRoleOptions { Name = $"Delete module {name}?", Exact = true });

    public ILocator ConfirmDeleteButton(string name) =>
        Confirmation(name).GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Delete", Exact = true });

    private ILocator Button(string name) => page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = name, Exact = true });
}
