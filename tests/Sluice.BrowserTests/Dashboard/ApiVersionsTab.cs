using Microsoft.Playwright;

namespace Sluice.BrowserTests.Dashboard;

/// <summary>The API editor's Versions tab (<c>/apis/{id}</c>): commit, the history, compare,
/// publish and roll back, found by roles and accessible names.</summary>
internal sealed class ApiVersionsTab(IPage page)
{
    public ILocator Tab => page.GetByRole(AriaRole.Tablist, new PageGetByRoleOptions { Name = "API editor", Exact = true })
        .GetByRole(AriaRole.Tab, new LocatorGetByRoleOptions { Name = "Versions", Exact = true });

    /// <summary>The editor header's state badge: <c>Draft</c>, <c>Published v{n}</c>.</summary>
    public ILocator State => page.GetByLabel("State", new PageGetByLabelOptions { Exact = true });

    public ILocator History => page.GetByRole(AriaRole.Table, new PageGetByRoleOptions { Name = "Versions", Exact = true });

    public ILocator CommitButton => Button("Commit");

    public ILocator CommitDialog => page.GetByRole(AriaRole.Dialog, new PageGetByRoleOptions { Name = "Commit a version", Exact = true });

    /// <summary>The history's row header of version <paramref name="number"/> (<c>v1</c>).</summary>
    public ILocator Version(int number) => History.GetByRole(AriaRole.Rowheader, new LocatorGetByRoleOptions { Name = $"v{number}", Exact = true });

    /// <summary>The history row of version <paramref name="number"/>.</summary>
    public ILocator Row(int number) => History.GetByRole(AriaRole.Row).Filter(new LocatorFilterOptions
    {
        Has = page.GetByRole(AriaRole.Rowheader, new PageGetByRoleOptions { Name = $"v{number}", Exact = true }),
    });

    public ILocator PublishButton(int number) => Button($"Publish version {number}");

    public ILocator RollBackButton(int number) => Button($"Roll back to version {number}");

    public ILocator CompareFrom => page.GetByLabel("Compare", new PageGetByLabelOptions { Exact = true });

    public ILocator CompareWith => page.GetByLabel("with", new PageGetByLabelOptions { Exact = true });

    public ILocator CompareButton => Button("Compare");

    public ILocator CompareDialog(string title) => page.GetByRole(AriaRole.Dialog, new PageGetByRoleOptions { Name = title, Exact = true });

    /// <summary>One side of the comparison's template, e.g. <c>Template of version 1</c>.</summary>
    public ILocator Side(string name) => page.GetByRole(AriaRole.Textbox, new PageGetByRoleOptions { Name = name, Exact = true });

    public ILocator Confirmation(string title) => page.GetByRole(AriaRole.Alertdialog, new PageGetByRoleOptions { Name = title, Exact = true });

    /// <summary>Opens the tab and commits the saved draft with <paramref name="message"/>.</summary>
    public async Task CommitAsync(string message)
    {
        await CommitButton.ClickAsync();
        await CommitDialog.GetByLabel("Commit message", new LocatorGetByLabelOptions { Exact = true }).FillAsync(message);
        await CommitDialog.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Commit", Exact = true }).ClickAsync();
        await Assertions.Expect(CommitDialog).Not.ToBeAttachedAsync();
    }

    private ILocator Button(string name) => page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = name, Exact = true });
}
