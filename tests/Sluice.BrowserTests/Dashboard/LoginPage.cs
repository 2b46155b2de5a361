using Microsoft.Playwright;

namespace Sluice.BrowserTests.Dashboard;

/// <summary>The dashboard's <c>/login</c> page, found the way a person (or a screen reader) finds
/// it: by labels, roles and accessible names.</summary>
internal sealed class LoginPage(IPage page)
{
    public ILocator Username => page.GetByLabel("Username", new PageGetByLabelOptions { Exact = true });

    public ILocator Password => page.GetByLabel("Password", new PageGetByLabelOptions { Exact = true });

    public ILocator SignInButton => page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign in", Exact = true });

    /// <summary>The alert that carries <paramref name="message"/>.</summary>
    public ILocator Alert(string message) => page.GetByRole(AriaRole.Alert).Filter(new LocatorFilterOptions { HasText = message });

    /// <summary>Fills the form on the login page the browser shows and submits it.</summary>
    public async Task SignInAsync(string username, string password)
    {
        await Username.FillAsync(username);
        await Password.FillAsync(password);
        await SignInButton.ClickAsync();
    }
}
