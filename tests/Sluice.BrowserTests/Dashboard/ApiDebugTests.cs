using Microsoft.Playwright;
using Sluice.BrowserTests.Infrastructure;
using Sluice.IntegrationTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Sluice.BrowserTests.Dashboard;

/// <summary>The API editor's Debug and Tests tabs against the demo server: running the unsaved
/// draft with values, the statement as sent, readable failures, thousands of rows, test cases.</summary>
public sealed class ApiDebugTests(DashboardFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public Task Run_DemoProductById_ShowsRowAndBoundValue() => RunAsync(async page =>
    {
        var id = await DemoApiIdAsync("Get product");
        var debug = await SignInAndOpenDebugAsync(page, id);

        await debug.Field("id").FillAsync("3");
        await debug.RunButton.ClickAsync();

        await Expect(debug.ResultRows).ToBeVisibleAsync();
        await Expect(debug.ResultRows.GetByRole(AriaRole.Columnheader, new LocatorGetByRoleOptions { Name = "units_ordered", Exact = true })).ToBeVisibleAsync();
        await Expect(debug.ResultRows.GetByRole(AriaRole.Row)).ToHaveCountAsync(2);
        await Expect(debug.ResultCell("3").First).ToBeVisibleAsync();
        await Expect(page.GetByText("1 row", new PageGetByTextOptions { Exact = true })).ToBeVisibleAsync();
        // SQLite's placeholders are named @p0, @p1…
        await Expect(debug.BoundValues(1).GetByRole(AriaRole.Listitem)).ToHaveTextAsync(["@p0 = 3"]);
    });

    [Fact]
    public Task CtrlEnter_InSqlEditor_RunsTheUnsavedDraft() => RunAsync(async page =>
    {
        var id = await DemoApiIdAsync("Get product");
        var debug = await SignInAndOpenDebugAsync(page, id);
        await debug.Field("id").FillAsync("7");

        await debug.SqlTemplate.FillAsync("SELECT {{ id }} * 2 AS doubled");
        await debug.SqlTemplate.PressAsync("Control+Enter");

        await Expect(debug.ResultRows.GetByRole(AriaRole.Columnheader, new LocatorGetByRoleOptions { Name = "doubled", Exact = true })).ToBeVisibleAsync();
        await Expect(debug.ResultCell("14")).ToBeVisibleAsync();
        await Expect(debug.BoundValues(1).GetByRole(AriaRole.Listitem)).ToHaveTextAsync(["@p0 = 7"]);
    });

    [Fact]
    public Task Run_BrokenQueryAndUndeclaredVariable_ShowReadableErrors() => RunAsync(async page =>
    {
        var id = await DemoApiIdAsync("Get product");
        var debug = await SignInAndOpenDebugAsync(page, id);
        await debug.Field("id").FillAsync("1");

        await debug.SqlTemplate.FillAsync("SELECT * FROM no_such_table WHERE id = {{ id }}");
        await debug.RunButton.ClickAsync();
        await Expect(debug.Alert("no such table: no_such_table")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Outcome", new PageGetByLabelOptions { Exact = true })).ToHaveTextAsync("Failed");

        await debug.SqlTemplate.FillAsync("SELECT *\nFROM products WHERE id = {{ product_id }}");
        await debug.RunButton.ClickAsync();
        var refused = debug.Alert("The draft was not run");
        await Expect(refused).ToContainTextAsync("Line 2, column");
        await Expect(refused).ToContainTextAsync("product_id");
        // The run's template error is also marked in the editor, under which it is listed.
        await Expect(new ApiEditorPage(page).TemplateErrors).ToContainTextAsync("Line 2, column");
    });

    [Fact]
    public Task Run_FiveThousandRows_RendersFewRowElementsAndScrollsToTheLast() => RunAsync(async page =>
    {
        var admin = new AdminApi(Fixture.Server);
        var name = $"many-{Guid.NewGuid():N}"[..17];
        var api = await admin.PostAsync("/api/v1/apis", new
        {
            name,
            path = $"browser/{name}",
            http_method = "GET",
            execute_engine = "sql",
            datasource_id = await admin.DemoDatasourceIdAsync(),
            content = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000) SELECT i, 'row ' || i AS label FROM n",
            @params = Array.Empty<object>(),
        });
        var debug = await SignInAndOpenDebugAsync(page, api.GetProperty("id").GetInt64());

        await debug.MaxRows.FillAsync("10000");
        await debug.RunButton.ClickAsync();

        await Expect(page.GetByText("5000 rows", new PageGetByTextOptions { Exact = true })).ToBeVisibleAsync();
        await Expect(debug.ResultCell("row 1")).ToBeVisibleAsync();
        var rendered = await debug.ResultRows.GetByRole(AriaRole.Row).CountAsync();
        Assert.InRange(rendered, 2, 100);
        await Expect(debug.ResultCell("row 5000")).Not.ToBeAttachedAsync();

        await debug.ResultRows.EvaluateAsync("table => { table.scrollTop = table.scrollHeight; }");
        await Expect(debug.ResultCell("row 5000")).ToBeVisibleAsync();
        await Expect(debug.ResultCell("row 1")).Not.ToBeAttachedAsync();
    });

    [Fact]
    public Task RunTests_PassingAndFailingCase_ShowsSummaryAndFailure() => RunAsync(async page =>
    {
        var admin = new AdminApi(Fixture.Server);
        var id = await CreateProductByIdApiAsync(admin, $"tested-{Guid.NewGuid():N}"[..19]);
        var debug = await SignInAndOpenDebugAsync(page, id);
        await debug.Tab("Tests").ClickAsync();

        await debug.AddTestCaseAsync("finds product 1", new Dictionary<string, string> { ["id"] = "1" }, rowCount: 1);
        await debug.AddTestCaseAsync("expects two", new Dictionary<string, string> { ["id"] = "1" }, rowCount: 2);
        await Expect(debug.TestCase("finds product 1")).ToBeVisibleAsync();
        await Expect(debug.TestCase("expects two")).ToBeVisibleAsync();

        // The cases are unsaved: running saves the API first.
        await debug.RunTestsButton.ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status).Filter(new LocatorFilterOptions { HasText = "1 passed, 1 failed" })).ToBeVisibleAsync();
        await Expect(debug.TestCase("finds product 1").GetByLabel("Result of finds product 1", new LocatorGetByLabelOptions { Exact = true })).ToHaveTextAsync("Passed");
        await Expect(debug.TestCase("expects two").GetByLabel("Result of expects two", new LocatorGetByLabelOptions { Exact = true })).ToHaveTextAsync("Failed");
        await Expect(debug.Failures("expects two")).ToHaveTextAsync("expected 2 rows, got 1.");
        var saved = await admin.GetAsync($"/api/v1/apis/{id}");
        Assert.Equal(2, saved.GetProperty("tests").GetArrayLength());
    });

    [Fact]
    public Task AddFromDebugRun_TakesValuesAndRowCount_AndThePassingCaseRuns() => RunAsync(async page =>
    {
        var admin = new AdminApi(Fixture.Server);
        var id = await CreateProductByIdApiAsync(admin, $"fromdebug-{Guid.NewGuid():N}"[..22]);
        var debug = await SignInAndOpenDebugAsync(page, id);
        await debug.Field("id").FillAsync("2");
        await debug.RunButton.ClickAsync();
        await Expect(debug.ResultRows.GetByRole(AriaRole.Row)).ToHaveCountAsync(2);

        await debug.Tab("Tests").ClickAsync();
        await debug.Button("Add from debug run").ClickAsync();
        var editor = debug.TestCaseEditor;
        await Expect(editor.GetByLabel("Name", new LocatorGetByLabelOptions { Exact = true })).ToHaveValueAsync("From debug run");
        await Expect(editor.GetByLabel("id", new LocatorGetByLabelOptions { Exact = true })).ToHaveValueAsync("2");
        await Expect(editor.GetByLabel("Expected row count", new LocatorGetByLabelOptions { Exact = true })).ToHaveValueAsync("1");
        await editor.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Apply", Exact = true }).ClickAsync();

        await debug.RunTestsButton.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new LocatorFilterOptions { HasText = "1 passed, 0 failed" })).ToBeVisibleAsync();
        await Expect(debug.TestCase("From debug run").GetByLabel("Result of From debug run", new LocatorGetByLabelOptions { Exact = true })).ToHaveTextAsync("Passed");
    });

    [Fact]
    public Task DebugAndTests_ReadOnlyUser_ShowNoRunOrEditControls() => RunAsync(async page =>
    {
        var id = await DemoApiIdAsync("Get product");
        var username = await new AdminApi(Fixture.Server).CreateUserAsync("viewer", ("api", "read"));
        await page.GotoAsync("/login");
        await new LoginPage(page).SignInAsync(username, AdminApi.UserPassword);
        await Expect(new AppShell(page).OverviewHeading).ToBeVisibleAsync();
        var debug = new ApiDebugPanel(page);
        await debug.OpenDebugAsync(id);

        await Expect(page.GetByText("Running the draft needs the permission to execute APIs.")).ToBeVisibleAsync();
        await Expect(debug.RunButton).Not.ToBeAttachedAsync();
        await debug.Tab("Tests").ClickAsync();
        await Expect(page.GetByText("No test cases yet.", new PageGetByTextOptions { Exact = false })).ToBeVisibleAsync();
        foreach (var control in new[] { "Add test case", "Add from debug run", "Run tests" })
        {
            await Expect(debug.Button(control)).Not.ToBeAttachedAsync();
        }
    });

    private Task<long> DemoApiIdAsync(string name) => new AdminApi(Fixture.Server).IdOfAsync("apis", name);

    /// <summary>A new unpublished API on the demo shop: one product by its required integer <c>id</c>.</summary>
    private static async Task<long> CreateProductByIdApiAsync(AdminApi admin, string name)
    {
        var api = await admin.PostAsync("/api/v1/apis", new
        {
            name,
            path = $"browser/{name}",
            http_method = "GET",
            execute_engine = "sql",
            datasource_id = await admin.DemoDatasourceIdAsync(),
            content = "SELECT id, name FROM products WHERE id = {{ id }}",
            @params = new[] { new { name = "id", location = "query", data_type = "integer", is_required = true } },
        });
        return api.GetProperty("id").GetInt64();
    }

    /// <summary>Signs in as the first superuser and opens the Debug tab of API <paramref name="id"/>.</summary>
    private static async Task<ApiDebugPanel> SignInAndOpenDebugAsync(IPage page, long id)
    {
        await page.GotoAsync("/login");
        await new LoginPage(page).SignInAsync(SluiceInstance.AdminUser, SluiceInstance.AdminPassword);
        await Expect(new AppShell(page).OverviewHeading).ToBeVisibleAsync();
        var debug = new ApiDebugPanel(page);
        await debug.OpenDebugAsync(id);
        await Expect(debug.SqlTemplate).ToBeVisibleAsync();
        return debug;
    }
}
