using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Sluice.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Sluice.BrowserTests.Dashboard;

/// <summary>A script API written, debugged, saved, published and called in one browser session,
/// through the pages only, against the demo shop.</summary>
public sealed partial class ScriptApiJourneyTests(DashboardFixture fixture) : BrowserTest(fixture)
{
    /// <summary>Reads one product by its declared <c>id</c> and logs which one it read.</summary>
    private const string Script = """
        async function execute(params) {
          const row = await db.queryOne("SELECT id, name FROM products WHERE id = $1", [params.id]);
          log.info(`looked up product ${params.id}`);
          return row;
        }
        """;

    [Fact]
    public Task ScriptApi_FromNewToCallIt_DebugsWithDataAndLogThenAnswers200() => RunAsync(async page =>
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        await SignInAndFollowAsync(page, "APIs");
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "New API", Exact = true }).ClickAsync();
        var editor = new ApiEditorPage(page);
        await editor.FillSettingsAsync($"Script product {suffix}", $"browser/script-product-{suffix}", "demo-shop (SQLite)");
        await editor.Field("Access").SelectOptionAsync(new SelectOptionValue { Label = "Public" });

        // Declare the parameter, then switch to the script engine and write the script.
        await editor.Tab("Parameters").ClickAsync();
        await editor.AddParameterButton.ClickAsync();
        await editor.ParameterField(1, "name").FillAsync("id");
        await editor.ParameterField(1, "type").SelectOptionAsync("integer");
        await Expect(editor.ProblemCount).ToHaveTextAsync("No problems");
        await editor.Tab("Settings").ClickAsync();
        await editor.Field("Engine").SelectOptionAsync("script");
        await Expect(editor.ScriptEditor).ToContainTextAsync("function execute(params)");
        await editor.ScriptEditor.FillAsync(Script);
        await editor.ScriptEditor.PressAsync("Escape");
        await Expect(editor.ScriptEditor).ToContainTextAsync("looked up product");

        // Debug the unsaved draft with a value: the answer's status, the row and the log line.
        var debug = new ApiDebugPanel(page);
        await editor.Tab("Debug").ClickAsync();
        await debug.Field("id").FillAsync("7");
        await debug.RunButton.ClickAsync();
        await Expect(page.GetByLabel("Outcome", new PageGetByLabelOptions { Exact = true })).ToHaveTextAsync("Succeeded");
        await Expect(debug.AnswerStatus).ToContainTextAsync("200");
        await Expect(debug.ReturnedData).ToContainTextAsync("\"id\": 7");
        await Expect(debug.ReturnedData).ToContainTextAsync(ProductSevenName());
        await Expect(debug.LogLines).ToContainTextAsync("looked up product 7");

        // Save, commit and publish version 1.
        await editor.SaveButton.ClickAsync();
        await Expect(editor.State).ToHaveTextAsync("Draft");
        await Expect(editor.UnsavedChanges).Not.ToBeAttachedAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/apis/\d+$"));
        var versions = new ApiVersionsTab(page);
        await versions.Tab.ClickAsync();
        await versions.CommitAsync("One product by id");
        await versions.PublishButton(1).ClickAsync();
        await Expect(versions.State).ToHaveTextAsync("Published v1");

        // Call it through the real gateway.
        var callIt = new ApiCallItTab(page);
        await callIt.Tab.ClickAsync();
        await callIt.Parameter("id").FillAsync("7");
        await Expect(callIt.Snippet("curl")).ToContainTextAsync($"/api/browser/script-product-{suffix}?id=7");
        await callIt.SendButton.ClickAsync();
        await Expect(callIt.Status).ToContainTextAsync("Status 200");
        await Expect(callIt.ResponseBody).ToContainTextAsync("\"id\": 7");
        await Expect(callIt.ResponseBody).ToContainTextAsync(ProductSevenName());
    });

    /// <summary>The demo's product names end with their id: <c>"name": "Sturdy Lamp 7"</c>.</summary>
    [GeneratedRegex("\"name\": \"[^\"]+ 7\"")]
    private static partial Regex ProductSevenName();
}
