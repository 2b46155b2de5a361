using Microsoft.Playwright;
using Sluice.BrowserTests.Infrastructure;
using Sluice.IntegrationTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Sluice.BrowserTests.Dashboard;

/// <summary>The Modules page against the demo server: create, rename and delete a module, the
/// server's refusal to delete one that holds APIs, field errors, and a read-only user's view.</summary>
public sealed class ModulesTests(DashboardFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public Task CreateRenameDelete_NewModule_ListFollowsEachStep() => RunAsync(async page =>
    {
        var name = $"module-{Guid.NewGuid():N}"[..20];
        var renamed = name + "-renamed";
        var modules = await OpenAsync(page);

        await modules.NewButton.ClickAsync();
        await modules.Name.FillAsync(name);
        await modules.SaveButton.ClickAsync();
        await Expect(modules.Editor).Not.ToBeAttachedAsync();
        await Expect(modules.Row(name)).ToBeVisibleAsync();
        await Expect(modules.ApiCount(name, 0)).ToBeVisibleAsync();

        await modules.EditButton(name).ClickAsync();
        await Expect(modules.Name).ToHaveValueAsync(name);
        await modules.Name.FillAsync(renamed);
        await modules.SaveButton.ClickAsync();
        await Expect(modules.Row(renamed)).ToBeVisibleAsync();
        await Expect(modules.Row(name)).Not.ToBeAttachedAsync();

        await modules.DeleteButton(renamed).ClickAsync();
        await modules.ConfirmDeleteButton(renamed).ClickAsync();
        await Expect(modules.Confirmation(renamed)).Not.ToBeAttachedAsync();
        await Expect(modules.Row(renamed)).Not.ToBeAttachedAsync();
        await Expect(modules.Row("Demo")).ToBeVisibleAsync();
    });

    [Fact]
    public Task Delete_ModuleWithAnApi_ShowsServersRefusalAndKeepsIt() => RunAsync(async page =>
    {
        var name = $"busy-{Guid.NewGuid():N}"[..18];
        var admin = new AdminApi(Fixture.Server);
        var module = await admin.PostAsync("/api/v1/modules", new { name });
        var datasourceId = await admin.DemoDatasourceIdAsync();
        await admin.PostAsync("/api/v1/apis", new
        {
            module_id = module.GetProperty("id").GetInt64(), name = $"{name}-api", path = name, datasource_id = datasourceId, content = "SELECT 1 AS one",
        });
        var modules = await OpenAsync(page);
        await Expect(modules.ApiCount(name, 1)).ToBeVisibleAsync();

        await modules.DeleteButton(name).ClickAsync();
        await modules.ConfirmDeleteButton(name).ClickAsync();

        var refusal = modules.Confirmation(name).GetByRole(AriaRole.Alert);
        await Expect(refusal).ToContainTextAsync("still holds");
        await Expect(refusal).ToContainTextAsync($"api {name}-api");
        await modules.Confirmation(name).GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Cancel", Exact = true }).ClickAsync();
        await Expect(modules.Confirmation(name)).Not.ToBeAttachedAsync();
        await Expect(modules.Row(name)).ToBeVisibleAsync();
    });

    [Fact]
    public Task Create_EmptyName_ShowsServersMessageNextToName() => RunAsync(async page =>
    {
        var modules = await OpenAsync(page);
        await modules.NewButton.ClickAsync();
        await modules.SaveButton.ClickAsync();

        await Expect(modules.Name).ToHaveAccessibleDescriptionAsync("Name is required.");
        await Expect(modules.Editor.GetByRole(AriaRole.Heading, new LocatorGetByRoleOptions { Name = "New module", Exact = true })).ToBeVisibleAsync();
    });

    [Fact]
    public Task List_ReadOnlyUser_ShowsNoCreateEditOrDeleteControls() => RunAsync(async page =>
    {
        var username = await new AdminApi(Fixture.Server).CreateUserAsync("modreader", ("module", "read"), ("macro", "read"));
        await SignInAndFollowAsync(page, "Modules", username, AdminApi.UserPassword);
        var modules = new ModulesPage(page);

        await Expect(modules.Row("Demo")).ToBeVisibleAsync();
        await Expect(modules.NewButton).Not.ToBeAttachedAsync();
        await Expect(modules.EditButton("Demo")).Not.ToBeAttachedAsync();
        await Expect(modules.DeleteButton("Demo")).Not.ToBeAttachedAsync();
    });

    /// <summary>Signs in as the first superuser and follows the Main navigation to Modules.</summary>
    private static async Task<ModulesPage> OpenAsync(IPage page)
    {
        await SignInAndFollowAsync(page, "Modules");
        var modules = new ModulesPage(page);
        await Expect(modules.Heading).ToBeVisibleAsync();
        return modules;
    }
}
