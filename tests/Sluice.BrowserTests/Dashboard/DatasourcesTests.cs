using Microsoft.Playwright;
using Sluice.BrowserTests.Infrastructure;
using Sluice.IntegrationTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Sluice.BrowserTests.Dashboard;

/// <summary>The Datasources page against the demo server: the list, the schema browser, creating a
/// datasource with its connection test, and the server's validation shown next to a field.</summary>
public sealed class DatasourcesTests(DashboardFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public Task Schema_DemoDatasource_ShowsProductsColumns() => RunAsync(async page =>
    {
        var datasources = await OpenAsync(page);
        await Expect(datasources.Row("demo-shop")).ToBeVisibleAsync();

        await datasources.SchemaButton("demo-shop").ClickAsync();
        var columns = datasources.Columns("products");
        await Expect(columns).Not.ToBeVisibleAsync();
        await datasources.SchemaTable("products").ClickAsync();

        await Expect(columns).ToBeVisibleAsync();
        foreach (var column in new[] { "id", "name", "category", "price", "in_stock" })
        {
            await Expect(columns.GetByRole(AriaRole.Cell, new LocatorGetByRoleOptions { Name = column, Exact = true })).ToBeVisibleAsync();
        }
        // The primary key is marked on its row only.
        var idRow = columns.GetByRole(AriaRole.Row).Filter(new LocatorFilterOptions { Has = page.GetByRole(AriaRole.Cell, new PageGetByRoleOptions { Name = "id", Exact = true }) });
        await Expect(idRow.GetByRole(AriaRole.Cell)).ToHaveTextAsync(["id", "INTEGER", "no", "yes"]);
    });

    [Fact]
    public Task Create_SqliteDatasource_ShowsConnectionSucceededAndListsIt() => RunAsync(async page =>
    {
        var name = $"browser-{Guid.NewGuid():N}"[..20];
        var file = Path.Combine(Path.GetTempPath(), $"{name}.db");
        // An empty file is an empty SQLite database; it lies under the server's DATASOURCE_FILE_ROOTS.
        await File.WriteAllBytesAsync(file, []);
        try
        {
            var datasources = await OpenAsync(page);
            await datasources.NewButton.ClickAsync();
            await datasources.Name.FillAsync(name);
            await datasources.ProductType.SelectOptionAsync(new SelectOptionValue { Label = "SQLite" });
            await Expect(datasources.Field("Host")).Not.ToBeVisibleAsync();
            await datasources.DatabaseFile.FillAsync(file);
            await datasources.SaveButton.ClickAsync();

            // The create answer's own connection test.
            await Expect(datasources.ConnectionSucceeded).ToBeVisibleAsync();
            await Expect(datasources.Editor.GetByRole(AriaRole.Heading, new LocatorGetByRoleOptions { Name = $"Edit datasource {name}", Exact = true })).ToBeVisibleAsync();

            await datasources.TestConnectionButton.ClickAsync();
            await Expect(datasources.ConnectionSucceeded).ToBeVisibleAsync();

            await datasources.CloseButton.ClickAsync();
            await Expect(datasources.Row(name)).ToBeVisibleAsync();
        }
        finally
        {
            File.Delete(file);
        }
    });

    [Fact]
    public Task Create_EmptyName_ShowsServersMessageNextToName() => RunAsync(async page =>
    {
        var datasources = await OpenAsync(page);
        await datasources.NewButton.ClickAsync();
        await datasources.ProductType.SelectOptionAsync(new SelectOptionValue { Label = "SQLite" });
        await datasources.DatabaseFile.FillAsync(Path.Combine(Path.GetTempPath(), "never-created.db"));
        await datasources.SaveButton.ClickAsync();

        await Expect(datasources.Name).ToHaveAccessibleDescriptionAsync("Name is required.");
        await Expect(datasources.Editor.GetByRole(AriaRole.Alert).Filter(new LocatorFilterOptions { HasText = "Name is required." })).ToBeVisibleAsync();
        await Expect(datasources.Editor.GetByRole(AriaRole.Heading, new LocatorGetByRoleOptions { Name = "New datasource", Exact = true })).ToBeVisibleAsync();
    });

    [Fact]
    public Task Delete_AfterConfirmation_RemovesDatasourceFromList() => RunAsync(async page =>
    {
        var name = $"doomed-{Guid.NewGuid():N}"[..20];
        var file = Path.Combine(Path.GetTempPath(), $"{name}.db");
        await File.WriteAllBytesAsync(file, []);
        try
        {
            await new AdminApi(Fixture.Server).PostAsync("/api/v1/datasources", new { name, product_type = "sqlite", database = file });
            var datasources = await OpenAsync(page);
            await Expect(datasources.Row(name)).ToBeVisibleAsync();

            await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = $"Delete {name}", Exact = true }).ClickAsync();
            var confirmation = page.GetByRole(AriaRole.Alertdialog, new PageGetByRoleOptions { Name = $"Delete datasource {name}?", Exact = true });
            await confirmation.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Delete", Exact = true }).ClickAsync();

            await Expect(confirmation).Not.ToBeAttachedAsync();
            await Expect(datasources.Row(name)).Not.ToBeAttachedAsync();
            await Expect(datasources.Row("demo-shop")).ToBeVisibleAsync();
        }
        finally
        {
            File.Delete(file);
        }
    });

    [Fact]
    public Task List_ReadOnlyUser_ShowsNoCreateEditOrDeleteControls() => RunAsync(async page =>
    {
        var username = await new AdminApi(Fixture.Server).CreateUserAsync("reader", ("datasource", "read"));
        await SignInAndFollowAsync(page, "Datasources", username, AdminApi.UserPassword);
        var datasources = new DatasourcesPage(page);

        await Expect(datasources.Row("demo-shop")).ToBeVisibleAsync();
        await Expect(datasources.SchemaButton("demo-shop")).ToBeVisibleAsync();
        await Expect(datasources.NewButton).Not.ToBeAttachedAsync();
        foreach (var control in new[] { "Edit demo-shop", "Delete demo-shop", "Test connection of demo-shop" })
        {
            await Expect(page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = control, Exact = true })).Not.ToBeAttachedAsync();
        }
    });

    /// <summary>Signs in as the first superuser and follows the Main navigation to Datasources.</summary>
    private static async Task<DatasourcesPage> OpenAsync(IPage page)
    {
        await SignInAndFollowAsync(page, "Datasources");
        var datasources = new DatasourcesPage(page);
        await Expect(datasources.Heading).ToBeVisibleAsync();
        return datasources;
    }
}
