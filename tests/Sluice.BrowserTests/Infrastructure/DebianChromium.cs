using Microsoft.Playwright;

namespace Sluice.BrowserTests.Infrastructure;

/// <summary>Debian's Chromium package, the only browser these tests drive: Playwright never
/// downloads one of its own here.</summary>
internal static class DebianChromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    // No sandbox: CI runs as root. The rest keeps a headless run quiet and offline.
    private static readonly string[] Args =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
    ];

    /// <summary>Starts a headless Chromium; fails (never skips) when the package is missing.</summary>
    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"The browser tests need Debian's Chromium at {ExecutablePath}, which is missing: install it with " +
                "`apt-get install -y chromium` (.ci/run does this on a fresh machine).");
        }
        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = Args,
        });
    }
}
