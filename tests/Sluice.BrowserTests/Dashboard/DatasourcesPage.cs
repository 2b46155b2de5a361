using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Sluice.BrowserTests.Dashboard;

/// <summary>The dashboard's <c>/datasources</c> page and its editor dialog, found by labels, roles
/// and accessible names.</summary>
internal sealed class DatasourcesPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Datasources", Exact = true, Level = 1 });

    public ILocator NewButton => Button("New datasource");

    public ILocator Editor => page.GetByRole(AriaRole.Dialog);

    public ILocator Name => Field("Name");

    public ILocator ProductType => Field("Product type");

    public ILocator DatabaseFile => Field("Database file");

    public ILocator SaveButton => Editor.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Save", Exact = true });

    public ILocator TestConnectionButton => Editor.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Test connection", Exact = true });

    public ILocator CloseButton => Editor.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Close", Exact = true });

    /// <summary>The editor's announcement that the connection test passed.</summary>
    public ILocator ConnectionSucceeded => Editor.GetByRole(AriaRole.Status).Filter(new LocatorFilterOptions { HasText = "Connection succeeded" });

    /// <summary>The list's row header of the datasource called <paramref name="name"/>.</summary>
    public ILocator Row(string name) =>
        page.GetByRole(AriaRole.Table, new PageGetByRoleOptions { Name = "Datasources", Exact = true })
            .GetByRole(AriaRole.Rowheader, new LocatorGetByRoleOptions { Name = name, Exact = true });

    public ILocator SchemaButton(string datasource) => Button($"Schema of {datasource}");

    /// <summary>The collapsed entry of a table in the schema browser; clicking it shows the columns.</summary>
    public ILocator SchemaTable(string table) =>
        page.GetByRole(AriaRole.Region, new PageGetByRoleOptions { NameRegex = new Regex("^Schema of ") })
            .GetByText(table, new LocatorGetByTextOptions { Exact = true });

    public ILocator Columns(string table) => page.GetByRole(AriaRole.Table, new PageGetByRoleOptions { Name = $"Columns of {table}", Exact = true });

    public ILocator Field(string label) => page.GetByLabel(label, new PageGetByLabelOptions { Exact = true });

    private ILocator Button(string name) => page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = name, Exact = true });
}
