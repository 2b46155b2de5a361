using Microsoft.Playwright;

namespace Sluice.BrowserTests.Dashboard;

/// <summary>The dashboard's <c>/roles</c> page and its role editor (the permission matrix and the
/// scoped permissions), found by labels, roles and accessible names.</summary>
internal sealed class RolesPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Roles", Exact = true, Level = 1 });

    public ILocator Table => page.GetByRole(AriaRole.Table, new PageGetByRoleOptions { Name = "Roles", Exact = true });

    public ILocator NewButton => Button("New role");

    public ILocator Editor => page.GetByRole(AriaRole.Dialog);

    public ILocator Name => Editor.GetByLabel("Name", new LocatorGetByLabelOptions { Exact = true });

    public ILocator SaveButton => Editor.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Save", Exact = true });

    /// <summary>The matrix checkbox granting <paramref name="action"/> on every <paramref name="resource"/>.</summary>
    public ILocator Cell(string action, string resource) =>
        Editor.GetByRole(AriaRole.Checkbox, new LocatorGetByRoleOptions { Name = $"{action} {resource}", Exact = true });

    public ILocator ScopedResourceType => Editor.GetByLabel("Resource type", new LocatorGetByLabelOptions { Exact = true });

    public ILocator ScopedResource => Editor.GetByLabel("Resource", new LocatorGetByLabelOptions { Exact = true });

    /// <summary>An action's checkbox for the scoped grant being added.</summary>
    public ILocator ScopedAction(string action) =>
        Editor.GetByRole(AriaRole.Checkbox, new LocatorGetByRoleOptions { Name = action, Exact = true });

    public ILocator AddScopedButton => Editor.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Add scoped permission", Exact = true });

    public ILocator ScopedList => Editor.GetByRole(AriaRole.List, new LocatorGetByRoleOptions { Name = "Scoped permissions", Exact = true });

    /// <summary>The list's row header of the role called <paramref name="name"/>.</summary>
    public ILocator RowHeader(string name) => Table.GetByRole(AriaRole.Rowheader, new LocatorGetByRoleOptions { Name = name, Exact = true });

    /// <summary>The whole row of the role called <paramref name="name"/>.</summary>
    public ILocator Row(string name) => Table.GetByRole(AriaRole.Row).Filter(new LocatorFilterOptions
        {
            Has = page.GetByRole(AriaRole.Rowheader, new PageGetByRoleOptions { Name = name, Exact = true }),
        });

    public ILocator Button(string name) => page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = name, Exact = true });
}
