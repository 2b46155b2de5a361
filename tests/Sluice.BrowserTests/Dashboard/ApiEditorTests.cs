using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Sluice.BrowserTests.Infrastructure;
using Sluice.IntegrationTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Sluice.BrowserTests.Dashboard;

/// <summary>The API list and editor against the demo server: creating an API with completion of
/// tables and parameters, the server's template errors at their line, parameter validation as you
/// type, the list's search, Ctrl+S, and the script engine's JavaScript editor.</summary>
public sealed class ApiEditorTests(DashboardFixture fixture) : BrowserTest(fixture)
{
    private const string DemoDatasourceOption = "demo-shop (SQLite)";

    [Fact]
    public Task Create_OnDemoShop_CompletesTableAndParameterAndSavesDraft() => RunAsync(async page =>
    {
        var (name, path) = Unique("products-by-category");
        var editor = await SignInToNewApiAsync(page);
        await editor.FillSettingsAsync(name, path, DemoDatasourceOption);
        await Expect(page.GetByText($"/api/{path}", new PageGetByTextOptions { Exact = false })).ToBeVisibleAsync();

        await editor.Tab("Parameters").ClickAsync();
        await editor.AddParameterButton.ClickAsync();
        await editor.ParameterField(1, "name").FillAsync("category");
        await Expect(editor.ProblemCount).ToHaveTextAsync("No problems");

        await editor.SqlEditor.ClickAsync();
        await editor.SqlEditor.PressSequentiallyAsync("SELECT * FROM prod");
        await CodeEditorLocators.ExpectCompletionAsync(editor.SqlEditor, editor.CompletionOption("products"));
        await editor.SqlEditor.PressAsync("Escape");
        await editor.SqlEditor.PressSequentiallyAsync("ucts WHERE category = {{ cat");
        await CodeEditorLocators.ExpectCompletionAsync(editor.SqlEditor, editor.CompletionOption("category"));

        await editor.SetSqlAsync("SELECT * FROM products WHERE category = {{ category }}");
        await editor.SaveButton.ClickAsync();

        await Expect(editor.State).ToHaveTextAsync("Draft");
        await Expect(editor.Heading).ToHaveTextAsync($"API {name}");
        await Expect(page).ToHaveURLAsync(new Regex(@"/apis/\d+$"));
        await Expect(editor.UnsavedChanges).Not.ToBeAttachedAsync();
    });

    [Fact]
    public Task Save_UndeclaredVariable_IsRefusedWithItsLine() => RunAsync(async page =>
    {
        var (name, path) = Unique("undeclared");
        var editor = await SignInToNewApiAsync(page);
        await editor.FillSettingsAsync(name, path, DemoDatasourceOption);
        await editor.SetSqlAsync("SELECT *\nFROM products\nWHERE category = {{ categry }}");
        await editor.SaveButton.ClickAsync();

        await Expect(editor.TemplateErrors).ToContainTextAsync(new Regex(@"Line 3, column \d+: .*categry"));
        await Expect(editor.State).ToHaveTextAsync("Not saved yet");
        await Expect(page).ToHaveURLAsync(new Regex("/apis/new$"));
    });

    [Fact]
    public Task Parameters_DuplicateName_ShowsMessageAndCount() => RunAsync(async page =>
    {
        var editor = await SignInToNewApiAsync(page);
        await editor.Tab("Parameters").ClickAsync();
        await editor.AddParameterButton.ClickAsync();
        await editor.ParameterField(1, "name").FillAsync("id");
        await editor.AddParameterButton.ClickAsync();
        await editor.ParameterField(2, "name").FillAsync("id");

        await Expect(editor.ParameterField(2, "name")).ToHaveAccessibleDescriptionAsync("'id' is declared more than once.");
        await Expect(editor.ParameterField(2, "name")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(editor.ProblemCount).ToHaveTextAsync("1 problem");

        await editor.ParameterField(2, "name").FillAsync("limit");
        await Expect(editor.ProblemCount).ToHaveTextAsync("No problems");
        await Expect(editor.SaveButton).ToBeEnabledAsync();
    });

    [Fact]
    public Task Parameters_PathNamesUndeclaredParameter_OffersToDeclareIt() => RunAsync(async page =>
    {
        var editor = await SignInToNewApiAsync(page);
        await editor.Field("Path").FillAsync($"browser/orders/{{id}}");
        await editor.Tab("Parameters").ClickAsync();
        await Expect(editor.ProblemCount).ToHaveTextAsync("1 problem");

        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Declare path parameter id", Exact = true }).ClickAsync();

        await Expect(editor.ProblemCount).ToHaveTextAsync("No problems");
        await Expect(editor.ParameterField(1, "name")).ToHaveValueAsync("id");
        await Expect(editor.ParameterField(1, "location")).ToHaveValueAsync("path");
    });

    [Fact]
    public Task List_Search_FindsApiByName() => RunAsync(async page =>
    {
        var (name, path) = Unique("findable");
        await CreateApiAsync(name, path, "SELECT id, name FROM products");
        await SignInAsync(page);
        var list = new ApiListPage(page);
        await list.OpenAsync();
        await Expect(list.ApiLink(name)).ToBeVisibleAsync();
        await Expect(list.Table.GetByRole(AriaRole.Link)).Not.ToHaveCountAsync(1);

        await list.Search.FillAsync(name.ToUpperInvariant());

        await Expect(list.Table.GetByRole(AriaRole.Link)).ToHaveCountAsync(1);
        await Expect(list.ApiLink(name)).ToBeVisibleAsync();
        await list.ApiLink(name).ClickAsync();
        await Expect(new ApiEditorPage(page).Heading).ToHaveTextAsync($"API {name}");
    });

    [Fact]
    public Task CtrlS_InSqlEditor_SavesTheDraft() => RunAsync(async page =>
    {
        var (name, path) = Unique("ctrl-s");
        var id = await CreateApiAsync(name, path, "SELECT id FROM products");
        await SignInAsync(page);
        var editor = new ApiEditorPage(page);
        await editor.OpenAsync(id);

        await editor.SqlEditor.ClickAsync();
        await editor.SqlEditor.PressAsync("Control+End");
        await editor.SqlEditor.PressSequentiallyAsync(" -- edited");
        await editor.SqlEditor.PressAsync("Escape");
        await Expect(editor.UnsavedChanges).ToBeVisibleAsync();
        await editor.SqlEditor.PressAsync("Control+s");

        await Expect(editor.UnsavedChanges).Not.ToBeAttachedAsync();
        await page.ReloadAsync();
        await Expect(editor.SqlEditor).ToHaveTextAsync("SELECT id FROM products -- edited");
    });

    [Fact]
    public Task Engine_SwitchedToScript_EditsJavaScriptFromAStarterWithHostCompletion() => RunAsync(async page =>
    {
        var editor = await SignInToNewApiAsync(page);
        await editor.Tab("Parameters").ClickAsync();
        await editor.AddParameterButton.ClickAsync();
        await editor.ParameterField(1, "name").FillAsync("category");
        await editor.Tab("Settings").ClickAsync();

        await editor.Field("Engine").SelectOptionAsync("script");

        await Expect(editor.ScriptEditor).ToContainTextAsync("async function execute(params) {");
        await Expect(editor.ScriptEditor).ToContainTextAsync("await db.queryOne(");
        await Expect(editor.SqlEditor).Not.ToBeAttachedAsync();
        // `const` is no SQL keyword: it looks like one only when the editor parses JavaScript.
        await Expect(CodeEditorLocators.Token(editor.ScriptEditor, "const")).ToHaveCSSAsync("font-weight", "600");
        await Expect(editor.Field("Datasource")).ToBeEnabledAsync();
        await Expect(page.GetByText("Optional for a script", new PageGetByTextOptions { Exact = false })).ToBeVisibleAsync();

        await editor.ScriptEditor.ClickAsync();
        await editor.ScriptEditor.PressAsync("Control+End");
        await editor.ScriptEditor.PressSequentiallyAsync("db.que");
        await CodeEditorLocators.ExpectCompletionAsync(editor.ScriptEditor, editor.CompletionOption("queryOne"));
        await editor.ScriptEditor.PressAsync("Escape");
        await editor.ScriptEditor.PressSequentiallyAsync("ry(params.ca");
        await CodeEditorLocators.ExpectCompletionAsync(editor.ScriptEditor, editor.CompletionOption("category"));
        await editor.ScriptEditor.PressAsync("Escape");
        await Expect(editor.UnsavedChanges).ToBeVisibleAsync();
    });

    [Fact]
    public Task Engine_SwitchedBackToSql_TakesTheUntouchedStarterAway() => RunAsync(async page =>
    {
        var editor = await SignInToNewApiAsync(page);
        await editor.Field("Engine").SelectOptionAsync("script");
        await Expect(editor.ScriptEditor).ToContainTextAsync("function execute(params)");

        await editor.Field("Engine").SelectOptionAsync("sql");

        await Expect(editor.SqlEditor).ToHaveTextAsync("");
        await Expect(editor.ScriptEditor).Not.ToBeAttachedAsync();
    });

    [Fact]
    public Task Editor_ReadOnlyUser_ShowsNoSaveOrEditingControls() => RunAsync(async page =>
    {
        var (name, path) = Unique("read-only");
        var id = await CreateApiAsync(name, path, "SELECT id FROM products");
        var username = await new AdminApi(Fixture.Server).CreateUserAsync("apireader", ("api", "read"), ("datasource", "read"));
        await page.GotoAsync("/login");
        await new LoginPage(page).SignInAsync(username, AdminApi.UserPassword);
        await Expect(new AppShell(page).Navigation).ToBeVisibleAsync();

        var list = new ApiListPage(page);
        await list.OpenAsync();
        await Expect(list.ApiLink(name)).ToBeVisibleAsync();
        await Expect(list.NewApi).Not.ToBeAttachedAsync();

        var editor = new ApiEditorPage(page);
        await editor.OpenAsync(id);
        await Expect(editor.State).ToHaveTextAsync("Draft");
        await Expect(editor.SqlEditor).ToHaveAttributeAsync("contenteditable", "false");
        await Expect(editor.SaveButton).Not.ToBeAttachedAsync();
        await Expect(editor.Field("Name")).ToHaveAttributeAsync("readonly", "");
        await editor.Tab("Parameters").ClickAsync();
        await Expect(editor.AddParameterButton).Not.ToBeAttachedAsync();
    });

    private static (string Name, string Path) Unique(string prefix)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        return ($"{prefix}-{suffix}", $"browser/{prefix}-{suffix}");
    }

    private static async Task SignInAsync(IPage page)
    {
        await page.GotoAsync("/login");
        await new LoginPage(page).SignInAsync(SluiceInstance.AdminUser, SluiceInstance.AdminPassword);
        await Expect(new AppShell(page).OverviewHeading).ToBeVisibleAsync();
    }

    private static async Task<ApiEditorPage> SignInToNewApiAsync(IPage page)
    {
        await SignInAsync(page);
        var editor = new ApiEditorPage(page);
        await editor.OpenNewAsync();
        return editor;
    }

    /// <summary>A draft API on the demo datasource, made over the management API; returns its id.</summary>
    private async Task<long> CreateApiAsync(string name, string path, string content)
    {
        var admin = new AdminApi(Fixture.Server);
        var api = await admin.PostAsync("/api/v1/apis", new { name, path, datasource_id = await admin.DemoDatasourceIdAsync(), content });
        return api.GetProperty("id").GetInt64();
    }
}
