using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Sluice.BrowserTests.Dashboard;

/// <summary>The dashboard's <c>/clients</c> page: the list, the client editor, the once-only
/// secret dialog and the confirmations, found by roles and accessible names.</summary>
internal sealed class ClientsPage(IPage page)
{
    // The list's cells after the row header: description, active, rate, concurrent, lifetime, APIs, groups.
    private const int ActiveColumn = 1;
    private const int ApisColumn = 5;
    private const int GroupsColumn = 6;

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Clients", Exact = true, Level = 1 });

    public ILocator NewButton => Button("New client");

    public ILocator Table => page.GetByRole(AriaRole.Table, new PageGetByRoleOptions { Name = "Clients", Exact = true });

    /// <summary>The open editor: "New client" or "Edit client {name}".</summary>
    public ILocator Editor => page.GetByRole(AriaRole.Dialog, new PageGetByRoleOptions { NameRegex = new Regex("^(New client|Edit client .+)$") });

    public ILocator SaveButton => Editor.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Save", Exact = true });

    public ILocator Field(string label) => Editor.GetByLabel(label, new LocatorGetByLabelOptions { Exact = true });

    /// <summary>A checkbox of the editor's "APIs" or "Groups" checklist.</summary>
    public ILocator Choice(string checklist, string name) =>
        Editor.GetByRole(AriaRole.Group, new LocatorGetByRoleOptions { Name = checklist, Exact = true })
            .GetByRole(AriaRole.Checkbox, new LocatorGetByRoleOptions { Name = name, Exact = true });

    public ILocator Search(string checklist) =>
        Editor.GetByRole(AriaRole.Searchbox, new LocatorGetByRoleOptions { Name = $"Search {checklist}", Exact = true });

    /// <summary>The dialog that shows a secret once, titled "Client {name} created" or "New secret for {name}".</summary>
    public ILocator SecretDialog(string title) => page.GetByRole(AriaRole.Dialog, new PageGetByRoleOptions { Name = title, Exact = true });

    public ILocator SecretField(string title) => SecretDialog(title).GetByLabel("Client secret", new LocatorGetByLabelOptions { Exact = true });

    public ILocator StoredButton(string title) =>
        SecretDialog(title).GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "I have stored it", Exact = true });

    public ILocator Confirmation(string title) => page.GetByRole(AriaRole.Alertdialog, new PageGetByRoleOptions { Name = title, Exact = true });

    public ILocator Row(string name) => Table.GetByRole(AriaRole.Rowheader, new LocatorGetByRoleOptions { Name = name, Exact = true });

    public ILocator ActiveCell(string name) => Cells(name).Nth(ActiveColumn);

    public ILocator ApisCount(string name) => Cells(name).Nth(ApisColumn);

    public ILocator GroupsCount(string name) => Cells(name).Nth(GroupsColumn);

    /// <summary>A row's button such as "Edit {name}", "Rotate secret {name}" or "Delete {name}".</summary>
    public ILocator Button(string name) => page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = name, Exact = true });

    /// <summary>Whether <paramref name="secret"/> is anywhere on the page (its text or any field's
    /// value) or in the page's local or session storage.</summary>
    public Task<bool> ShowsOrStoresAsync(string secret) => page.EvaluateAsync<bool>(
        """
        secret => document.body.innerText.includes(secret)
          || [...document.querySelectorAll("input, textarea")].some(field => field.value.includes(secret))
          || JSON.stringify({ ...localStorage }).includes(secret)
          || JSON.stringify({ ...sessionStorage }).includes(secret)
        """, secret);

    private ILocator Cells(string name) =>
        Table.GetByRole(AriaRole.Row)
            // A filter's locator is looked up inside each row, so it starts from the page.
            .Filter(new LocatorFilterOptions { Has = page.GetByRole(AriaRole.Rowheader, new PageGetByRoleOptions { Name = name, Exact = true }) })
            .GetByRole(AriaRole.Cell);
}
