using Microsoft.Playwright;

namespace Sluice.BrowserTests.Dashboard;

/// <summary>The API editor's "Call it" tab (<c>/apis/{id}</c>): the snippets and try-it, found by
/// roles and accessible names.</summary>
internal sealed class ApiCallItTab(IPage page)
{
    public ILocator Tab => page.GetByRole(AriaRole.Tablist, new PageGetByRoleOptions { Name = "API editor", Exact = true })
        .GetByRole(AriaRole.Tab, new LocatorGetByRoleOptions { Name = "Call it", Exact = true });

    /// <summary>A snippet: <c>curl</c>, <c>JavaScript fetch</c> or <c>Python requests</c>.</summary>
    public ILocator Snippet(string language) => page.GetByRole(AriaRole.Figure, new PageGetByRoleOptions { Name = $"{language} snippet", Exact = true });

    public ILocator Client => page.GetByLabel("Client", new PageGetByLabelOptions { Exact = true });

    public ILocator Parameter(string name) => page.GetByLabel(name, new PageGetByLabelOptions { Exact = true });

    public ILocator SendButton => page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Send", Exact = true });

    public ILocator Response => page.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = "Response", Exact = true });

    /// <summary>The answer's status line: <c>Status 200 OK in 12 ms · 20 rows</c>.</summary>
    public ILocator Status => Response.GetByRole(AriaRole.Status);

    public ILocator ResponseBody => page.GetByLabel("Response body", new PageGetByLabelOptions { Exact = true });
}
