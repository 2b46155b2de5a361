using Microsoft.Playwright;

namespace Sluice.BrowserTests.Dashboard;

/// <summary>The dashboard's macro editor (<c>/macros/new</c>, <c>/macros/{id}</c>), found by
/// labels, roles and accessible names.</summary>
internal sealed class MacroEditorPage(IPage page)
{
    public ILocator Heading(string text) => page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = text, Exact = true, Level = 1 });

    public ILocator State => page.GetByLabel("State", new PageGetByLabelOptions { Exact = true });

    public ILocator Name => page.GetByLabel("Name", new PageGetByLabelOptions { Exact = true });

    public ILocator Module => page.GetByLabel("Module", new PageGetByLabelOptions { Exact = true });

    public ILocator Description => page.GetByLabel("Description", new PageGetByLabelOptions { Exact = true });

    /// <summary>The template editor's text box (a text area or CodeMirror's content element).</summary>
    public ILocator Template => page.GetByRole(AriaRole.Textbox, new PageGetByRoleOptions { Name = "Macro template", Exact = true });

    /// <summary>The language picker: SQL template or JavaScript (only before the first save).</summary>
    public ILocator Language => page.GetByLabel("Language", new PageGetByLabelOptions { Exact = true });

    /// <summary>The editor's text box for a JavaScript macro.</summary>
    public ILocator Script => page.GetByRole(AriaRole.Textbox, new PageGetByRoleOptions { Name = "Macro script", Exact = true });

    /// <summary>An entry of the open autocomplete list.</summary>
    public ILocator CompletionOption(string label) => CodeEditorLocators.CompletionOption(page, label);

    public ILocator SaveButton => Button("Save");

    public ILocator DeleteButton(string name) => Button($"Delete {name}");

    /// <summary>The list of variables the saved macro reads.</summary>
    public ILocator Reads => page.GetByRole(AriaRole.List, new PageGetByRoleOptions { Name = "Variables it reads", Exact = true });

    /// <summary>The alert that carries <paramref name="text"/>.</summary>
    public ILocator Alert(string text) => page.GetByRole(AriaRole.Alert).Filter(new LocatorFilterOptions { HasText = text });

    public ILocator BackLink => page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Back to macros", Exact = true });

    private ILocator Button(string name) => page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = name, Exact = true });
}
