using Microsoft.Playwright;

namespace Sluice.BrowserTests.Dashboard;

/// <summary>The dashboard's <c>/users</c> page and its user editor, found by labels, roles and
/// accessible names.</summary>
internal sealed class UsersPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Users", Exact = true, Level = 1 });

    public ILocator Table => page.GetByRole(AriaRole.Table, new PageGetByRoleOptions { Name = "Users", Exact = true });

    public ILocator NewButton => Button("New user");

    public ILocator Editor => page.GetByRole(AriaRole.Dialog);

    public ILocator Username => Field("Username");

    public ILocator Password => Field("Password");

    public ILocator NewPassword => Field("New password");

    public ILocator Active => Editor.GetByRole(AriaRole.Checkbox, new LocatorGetByRoleOptions { Name = "Active", Exact = true });

    /// <summary>The checkbox giving the role called <paramref name="name"/>.</summary>
    public ILocator RoleCheckbox(string name) =>
        Editor.GetByRole(AriaRole.Group, new LocatorGetByRoleOptions { Name = "Roles", Exact = true })
            .GetByRole(AriaRole.Checkbox, new LocatorGetByRoleOptions { Name = name, Exact = true });

    public ILocator SaveButton => Editor.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Save", Exact = true });

    public ILocator RowHeader(string username) => Table.GetByRole(AriaRole.Rowheader, new LocatorGetByRoleOptions { Name = username });

    /// <summary>The whole row of <paramref name="username"/>.</summary>
    public ILocator Row(string username) => Table.GetByRole(AriaRole.Row).Filter(new LocatorFilterOptions
        {
            Has = page.GetByRole(AriaRole.Rowheader, new PageGetByRoleOptions { Name = username }),
        });

    public ILocator Field(string label) => Editor.GetByLabel(label, new LocatorGetByLabelOptions { Exact = true });

    public ILocator Button(string name) => page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = name, Exact = true });
}
