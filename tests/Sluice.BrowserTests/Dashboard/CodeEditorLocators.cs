using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

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

    /// <summary>Waits until <paramref name="option"/> is offered in the autocomplete list of
    /// <paramref name="editor"/>, asking for the list (Ctrl+Space) while it is not open. The list
    /// opens by itself as the author types, but an editor update landing just as it opens can
    /// close it again on a slow machine; a list that never offers the option still fails.</summary>
    public static async Task ExpectCompletionAsync(ILocator editor, ILocator option)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await Expect(option).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 3_000 });
                return;
            }
            catch (PlaywrightException) when (attempt < 7)
            {
                await editor.PressAsync("Control+Space");
            }
        }
    }
}
