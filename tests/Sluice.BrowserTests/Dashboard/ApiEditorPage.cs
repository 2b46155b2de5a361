using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Sluice.BrowserTests.Dashboard;

/// <summary>The dashboard's API editor (<c>/apis/new</c>, <c>/apis/{id}</c>): the header with its
/// state and Save, the SQL editor, the tabs and the Settings and Parameters fields, found by roles
/// and accessible names.</summary>
internal sealed class ApiEditorPage(IPage page)
{
    /// <summary>The editor's h1: <c>New API</c>, or <c>API {name}</c> once saved.</summary>
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Level = 1 });

    /// <summary>The state badge: <c>Not saved yet</c>, <c>Draft</c> or <c>Published v{n}</c>.</summary>
    public ILocator State => page.GetByLabel("State", new PageGetByLabelOptions { Exact = true });

    public ILocator SaveButton => page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Save", Exact = true });

    /// <summary>The mark the header shows while the draft differs from what is saved.</summary>
    public ILocator UnsavedChanges => page.GetByText("Unsaved changes", new PageGetByTextOptions { Exact = true });

    /// <summary>The CodeMirror editing area of the SQL template (a textbox).</summary>
    public ILocator SqlEditor => page.GetByRole(AriaRole.Textbox, new PageGetByRoleOptions { Name = "SQL template", Exact = true });

    /// <summary>The CodeMirror editing area of a script API's JavaScript (a textbox).</summary>
    public ILocator ScriptEditor => page.GetByRole(AriaRole.Textbox, new PageGetByRoleOptions { Name = "Script", Exact = true });

    /// <summary>The template errors listed under the SQL editor.</summary>
    public ILocator TemplateErrors => page.GetByRole(AriaRole.List, new PageGetByRoleOptions { Name = "Template errors", Exact = true });

    /// <summary>An entry of the open autocomplete list.</summary>
    public ILocator CompletionOption(string label) => CodeEditorLocators.CompletionOption(page, label);

    /// <summary>A tab of the editor: Settings, Parameters, Debug, Tests, Versions, Call it.</summary>
    public ILocator Tab(string name) =>
        page.GetByRole(AriaRole.Tablist, new PageGetByRoleOptions { Name = "API editor", Exact = true })
            .GetByRole(AriaRole.Tab, new LocatorGetByRoleOptions { Name = name, Exact = true });

    /// <summary>A labelled field of the open tab (Settings: Name, Path, Method, Datasource…).</summary>
    public ILocator Field(string label) => page.GetByLabel(label, new PageGetByLabelOptions { Exact = true });

    /// <summary>A cell input of the Parameters table: <paramref name="column"/> is name, location,
    /// type, required or default; <paramref name="number"/> counts from 1.</summary>
    public ILocator ParameterField(int number, string column) => Field($"Parameter {number} {column}");

    public ILocator AddParameterButton => page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Add parameter", Exact = true });

    /// <summary>The Parameters tab's count of problems ("No problems", "1 problem", "3 problems").</summary>
    public ILocator ProblemCount => page.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = "Parameters", Exact = true })
        .GetByRole(AriaRole.Status);

    /// <summary>Opens the editor of a new API.</summary>
    public async Task OpenNewAsync()
    {
        await page.GotoAsync("/apis/new");
        await Assertions.Expect(Heading).ToHaveTextAsync("New API");
        await Assertions.Expect(SqlEditor).ToBeVisibleAsync();
    }

    /// <summary>Opens the editor of the saved API <paramref name="id"/>.</summary>
    public async Task OpenAsync(long id)
    {
        await page.GotoAsync($"/apis/{id}");
        await Assertions.Expect(Heading).ToHaveTextAsync(new Regex("^API "));
        await Assertions.Expect(SqlEditor).ToBeVisibleAsync();
    }

    /// <summary>Fills the Settings a new API needs: name, path and the datasource (by its name as the picker lists it).</summary>
    public async Task FillSettingsAsync(string name, string path, string datasourceOption)
    {
        await Tab("Settings").ClickAsync();
        await Field("Name").FillAsync(name);
        await Field("Path").FillAsync(path);
        await Field("Datasource").SelectOptionAsync(new SelectOptionValue { Label = datasourceOption });
    }

    /// <summary>Replaces the SQL template's text.</summary>
    public async Task SetSqlAsync(string sql)
    {
        await SqlEditor.FillAsync(sql);
        await SqlEditor.PressAsync("Escape");
    }
}
