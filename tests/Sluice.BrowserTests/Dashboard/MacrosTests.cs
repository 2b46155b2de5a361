using Microsoft.Playwright;
using Sluice.BrowserTests.Infrastructure;
using Sluice.IntegrationTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Sluice.BrowserTests.Dashboard;

/// <summary>The Macros list and editor against the demo server: creating a macro, a refused
/// template, a JavaScript macro's editor, deleting, and a read-only user's view.</summary>
public sealed class MacrosTests(DashboardFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public Task Create_WithTemplate_ShowsReadsAndIsListedAsDraft() => RunAsync(async page =>
    {
        var name = $"macro_{Guid.NewGuid():N}"[..18];
        var macros = await OpenAsync(page);
        await macros.NewButton.ClickAsync();
        var editor = new MacroEditorPage(page);
        await Expect(editor.Heading("New macro")).ToBeVisibleAsync();
        await Expect(editor.State).ToHaveTextAsync("Not saved yet");

        await editor.Name.FillAsync(name);
        await editor.Description.FillAsync("Cheaper than a bound");
        await editor.Template.FillAsync("AND price < {{ max_price }}");
        await editor.SaveButton.ClickAsync();

        await Expect(editor.Heading($"Macro {name}")).ToBeVisibleAsync();
        await Expect(editor.State).ToHaveTextAsync("Draft");
        await Expect(editor.Reads).ToHaveTextAsync("max_price");
        await Expect(page.GetByText($"{{% include '{name}' %}}", new PageGetByTextOptions { Exact = true })).ToBeVisibleAsync();
        await Expect(editor.SaveButton).ToBeDisabledAsync();

        await editor.BackLink.ClickAsync();
        await Expect(macros.Row(name)).ToBeVisibleAsync();
        await Expect(macros.Row(name).GetByRole(AriaRole.Cell)).ToContainTextAsync(["Cheaper than a bound", "Any API", "Draft"]);
    });

    [Fact]
    public Task Save_TemplateWithSyntaxError_ListsTheErrorAndStaysUnsaved() => RunAsync(async page =>
    {
        var macros = await OpenAsync(page);
        await macros.NewButton.ClickAsync();
        var editor = new MacroEditorPage(page);
        await editor.Template.FillAsync("AND\n{% if x %}");
        await editor.Name.FillAsync($"broken_{Guid.NewGuid():N}"[..16]);
        // Ctrl+S saves from any field of the editor.
        await editor.Name.PressAsync("Control+s");

        await Expect(editor.Alert("The template has a problem:")).ToContainTextAsync("Line 2, column");
        await Expect(editor.Heading("New macro")).ToBeVisibleAsync();
        await Expect(editor.State).ToHaveTextAsync("Not saved yet");
    });

    [Fact]
    public Task New_JavaScriptLanguage_EditsJavaScriptWithItsImportLine() => RunAsync(async page =>
    {
        var macros = await OpenAsync(page);
        await macros.NewButton.ClickAsync();
        var editor = new MacroEditorPage(page);
        await Expect(editor.Language).ToHaveValueAsync("sql");

        await editor.Language.SelectOptionAsync("javascript");

        await Expect(editor.Script).ToContainTextAsync("export function slugify(text) {");
        await Expect(editor.Template).Not.ToBeAttachedAsync();
        // `return` is no SQL keyword: it looks like one only when the editor parses JavaScript.
        await Expect(CodeEditorLocators.Token(editor.Script, "return")).ToHaveCSSAsync("font-weight", "600");
        await editor.Name.FillAsync("text_utils");
        await Expect(page.GetByText("import { slugify } from \"text_utils\";", new PageGetByTextOptions { Exact = true })).ToBeVisibleAsync();

        await editor.Script.ClickAsync();
        await editor.Script.PressAsync("Control+End");
        await editor.Script.PressSequentiallyAsync("log.in");
        await CodeEditorLocators.ExpectCompletionAsync(editor.Script, editor.CompletionOption("info"));
        await editor.Script.PressAsync("Escape");
        await Expect(editor.State).ToHaveTextAsync("Not saved yet");
    });

    [Fact]
    public Task Delete_AfterConfirmation_RemovesMacroFromList() => RunAsync(async page =>
    {
        var name = $"doomed_{Guid.NewGuid():N}"[..18];
        await new AdminApi(Fixture.Server).PostAsync("/api/v1/macros", new { name, content = "AND 1 = 1" });
        var macros = await OpenAsync(page);
        await Expect(macros.Row(name)).ToBeVisibleAsync();

        await macros.DeleteButton(name).ClickAsync();
        await macros.ConfirmDeleteButton(name).ClickAsync();

        await Expect(macros.Confirmation(name)).Not.ToBeAttachedAsync();
        await Expect(macros.Row(name)).Not.ToBeAttachedAsync();
    });

    [Fact]
    public Task Delete_MacroIncludedByPublishedApi_ShowsServersRefusalAndKeepsIt() => RunAsync(async page =>
    {
        var name = $"inuse_{Guid.NewGuid():N}"[..16];
        var admin = new AdminApi(Fixture.Server);
        var macroId = (await admin.PostAsync("/api/v1/macros", new { name, content = "AND 1 = 1" })).GetProperty("id").GetInt64();
        await admin.PostAsync($"/api/v1/macros/{macroId}/versions", new { commit_message = "first" });
        await admin.PostAsync($"/api/v1/macros/{macroId}/publish", new { });
        var api = await admin.PostAsync("/api/v1/apis", new
        {
            name = $"{name}-api", path = name, datasource_id = await admin.DemoDatasourceIdAsync(),
            content = $"SELECT 1 AS one WHERE 1 = 1 {{% include '{name}' %}}",
        });
        var apiId = api.GetProperty("id").GetInt64();
        await admin.PostAsync($"/api/v1/apis/{apiId}/versions", new { commit_message = "first" });
        await admin.PostAsync($"/api/v1/apis/{apiId}/publish", new { });

        var macros = await OpenAsync(page);
        await Expect(macros.Row(name).GetByRole(AriaRole.Cell)).ToContainTextAsync(["Published v1"]);
        await macros.DeleteButton(name).ClickAsync();
        await macros.ConfirmDeleteButton(name).ClickAsync();

        var refusal = macros.Confirmation(name).GetByRole(AriaRole.Alert);
        await Expect(refusal).ToContainTextAsync("included by these published APIs");
        await Expect(refusal).ToContainTextAsync($"{name}-api");
        await macros.Confirmation(name).GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Cancel", Exact = true }).ClickAsync();
        await Expect(macros.Row(name)).ToBeVisibleAsync();
    });

    [Fact]
    public Task ListAndEditor_ReadOnlyUser_ShowNoNewEditDeleteOrSaveControls() => RunAsync(async page =>
    {
        var admin = new AdminApi(Fixture.Server);
        var name = $"seen_{Guid.NewGuid():N}"[..16];
        await admin.PostAsync("/api/v1/macros", new { name, content = "AND qty > {{ min_qty }}" });
        var username = await admin.CreateUserAsync("macreader", ("module", "read"), ("macro", "read"));
        await SignInAndFollowAsync(page, "Macros", username, AdminApi.UserPassword);
        var macros = new MacrosPage(page);

        await Expect(macros.Row(name)).ToBeVisibleAsync();
        await Expect(macros.NewButton).Not.ToBeAttachedAsync();
        await Expect(macros.EditButton(name)).Not.ToBeAttachedAsync();
        await Expect(macros.DeleteButton(name)).Not.ToBeAttachedAsync();

        await macros.Row(name).GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = name, Exact = true }).ClickAsync();
        var editor = new MacroEditorPage(page);
        await Expect(editor.Heading($"Macro {name}")).ToBeVisibleAsync();
        await Expect(editor.Reads).ToHaveTextAsync("min_qty");
        await Expect(editor.Template).Not.ToBeEditableAsync();
        await Expect(editor.Name).Not.ToBeEditableAsync();
        await Expect(editor.SaveButton).Not.ToBeAttachedAsync();
        await Expect(editor.DeleteButton(name)).Not.ToBeAttachedAsync();
    });

    /// <summary>Signs in as the first superuser and follows the Main navigation to Macros.</summary>
    private static async Task<MacrosPage> OpenAsync(IPage page)
    {
        await SignInAndFollowAsync(page, "Macros");
        var macros = new MacrosPage(page);
        await Expect(macros.Heading).ToBeVisibleAsync();
        return macros;
    }
}
