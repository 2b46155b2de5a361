using Microsoft.Playwright;

namespace Sluice.BrowserTests.Dashboard;

/// <summary>The API editor's Debug and Tests tabs (<c>/apis/{id}</c>), found by roles, labels and
/// accessible names.</summary>
internal sealed class ApiDebugPanel(IPage page)
{
    /// <summary>The SQL editor (a text area or CodeMirror's content element, both a textbox).</summary>
    public ILocator SqlTemplate => page.GetByRole(AriaRole.Textbox, new PageGetByRoleOptions { Name = "SQL template", Exact = true });

    public ILocator RunButton => Button("Run");

    public ILocator MaxRows => Field("Max rows");

    /// <summary>The rows of the last debug run.</summary>
    public ILocator ResultRows => page.GetByRole(AriaRole.Table, new PageGetByRoleOptions { Name = "Result rows", Exact = true });

    /// <summary>A script run's status the gateway would answer (<c>Answers 200</c>).</summary>
    public ILocator AnswerStatus => Field("Answer status");

    /// <summary>The data a script run returned, as indented JSON.</summary>
    public ILocator ReturnedData => Field("Returned data");

    /// <summary>The lines a script run logged, each with its level.</summary>
    public ILocator LogLines => page.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = "Log", Exact = true });

    /// <summary>The bound values of the <paramref name="number"/>th statement sent (1-based).</summary>
    public ILocator BoundValues(int number) =>
        page.GetByRole(AriaRole.List, new PageGetByRoleOptions { Name = $"Bound values of statement {number}", Exact = true });

    /// <summary>The debug result's alert carrying <paramref name="text"/>.</summary>
    public ILocator Alert(string text) => page.GetByRole(AriaRole.Alert).Filter(new LocatorFilterOptions { HasText = text });

    public ILocator AddTestCaseButton => Button("Add test case");

    public ILocator RunTestsButton => Button("Run tests");

    /// <summary>The open test case editor.</summary>
    public ILocator TestCaseEditor => page.GetByRole(AriaRole.Dialog);

    public ILocator TestCases => page.GetByRole(AriaRole.List, new PageGetByRoleOptions { Name = "Test cases", Exact = true });

    public ILocator TestCase(string name) => TestCases.GetByRole(AriaRole.Listitem, new LocatorGetByRoleOptions { Name = name, Exact = true });

    public ILocator Failures(string name) => page.GetByRole(AriaRole.List, new PageGetByRoleOptions { Name = $"Failures of {name}", Exact = true });

    public ILocator Tab(string name) => page.GetByRole(AriaRole.Tab, new PageGetByRoleOptions { Name = name, Exact = true });

    public ILocator Field(string label) => page.GetByLabel(label, new PageGetByLabelOptions { Exact = true });

    public ILocator Button(string name) => page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = name, Exact = true });

    /// <summary>A cell of the result table whose text is <paramref name="text"/>.</summary>
    public ILocator ResultCell(string text) => ResultRows.GetByRole(AriaRole.Cell, new LocatorGetByRoleOptions { Name = text, Exact = true });

    /// <summary>Opens the editor of API <paramref name="id"/> at its Debug tab.</summary>
    public async Task OpenDebugAsync(long id)
    {
        await page.GotoAsync($"/apis/{id}");
        await Tab("Debug").ClickAsync();
    }

    /// <summary>Adds a test case through the editor dialog: a name, parameter values by label and the expected row count.</summary>
    public async Task AddTestCaseAsync(string name, IReadOnlyDictionary<string, string> values, int rowCount)
    {
        await AddTestCaseButton.ClickAsync();
        await TestCaseEditor.GetByLabel("Name", new LocatorGetByLabelOptions { Exact = true }).FillAsync(name);
        foreach (var (label, value) in values)
        {
            await TestCaseEditor.GetByLabel(label, new LocatorGetByLabelOptions { Exact = true }).FillAsync(value);
        }
        await TestCaseEditor.GetByLabel("Expected row count", new LocatorGetByLabelOptions { Exact = true }).FillAsync(rowCount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await TestCaseEditor.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Apply", Exact = true }).ClickAsync();
    }
}
