using Microsoft.Playwright;

namespace Sluice.BrowserTests.Infrastructure;

/// <summary>Saves what a failed browser test saw: <c>&lt;test&gt;.png</c> (a full-page screenshot)
/// and <c>&lt;test&gt;.console.txt</c> (the page's address, the failure, and its console log and
/// page errors) under <c>TestResults/browser/</c> in the test output folder.</summary>
internal static class FailureArtifacts
{
    /// <summary>Emptied at the first failure of a run, so it holds that run's failures only.</summary>
    public static string Folder { get; } = Emptied(Path.Combine(AppContext.BaseDirectory, "TestResults", "browser"));

    public static async Task SaveAsync(IPage page, PageJournal journal, string testName, Exception failure)
    {
        Directory.CreateDirectory(Folder);
        var lines = new List<string> { $"test: {testName}", $"url: {page.Url}", $"failure: {failure.Message}", "" };
        try
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, testName + ".png"), FullPage = true });
        }
        catch (Exception screenshotFailure) when (screenshotFailure is PlaywrightException or TimeoutException)
        {
            // The page may be gone (crashed, closed); the log is still worth keeping.
            lines.Insert(3, $"screenshot failed: {screenshotFailure.Message}");
        }
        lines.AddRange(journal.Lines);
        await File.WriteAllLinesAsync(Path.Combine(Folder, testName + ".console.txt"), lines);
    }

    private static string Emptied(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
        return folder;
    }
}
