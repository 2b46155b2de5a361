using Microsoft.Playwright;
using Sluice.IntegrationTests.Infrastructure;

namespace Sluice.BrowserTests.Infrastructure;

/// <summary>One real server started with <c>--demo</c> over a fresh SQLite store, and one
/// headless Chromium, shared by a test class; each test opens its own context and page.</summary>
public sealed class DashboardFixture : IAsyncLifetime
{
    private readonly DemoServer _demo = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private bool _serverStarted;

    public SluiceInstance Server => _demo.Server;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    /// <summary>The absolute address of <paramref name="pathAndQuery"/> on the server, spelled
    /// as the browser reports it (escapes kept).</summary>
    public string Url(string pathAndQuery) => Server.BaseAddress.GetLeftPart(UriPartial.Authority) + pathAndQuery;

    public async Task InitializeAsync()
    {
        // The browser first: without it no test here can run, and its error says what to install.
        _playwright = await Playwright.CreateAsync();
        _browser = await DebianChromium.LaunchAsync(_playwright);
        await _demo.InitializeAsync();
        _serverStarted = true;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
        if (_serverStarted)
        {
            await _demo.DisposeAsync();
        }
    }
}
