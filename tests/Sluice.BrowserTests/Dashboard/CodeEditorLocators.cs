using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Sluice.BrowserTests.Dashboard;

/// <summary>Parts of a CodeMirror editor that pages share: its highlighted words and its
/// autocomplete list.</summary>
internal static class CodeEditorLocators
{
    /// <summary>The first highlighted token of <paramref name="editor"/> whose text is exactly
    /// <paramref name="text"/>: the editor wraps each token it highlights in its own element, so a
    /// word's look shows which language the editor parsed it as.</summary>
    public static ILocator Token(ILocator editor, string text) =>
        editor.Locator("span").Filter(new LocatorFilterOptions { HasTextRegex = new Regex($"^{Regex.Escape(text)}$") }).First;

    /// <summary>The entry <paramref name="label"/> of the open autocomplete list, with or without
    /// the call signature a method shows after its name (<c>queryOne(sql, values?)</c>).</summary>
    public static ILocator CompletionOption(IPage page, string label) =>
        page.GetByRole(AriaRole.Listbox).GetByRole(AriaRole.Option, new LocatorGetByRoleOptions
        {
            NameRegex = new Regex($"^{Regex.Escape(label)}(\\(.*\\))?$"),
        });
}
