using Microsoft.Playwright;

namespace Sluice.BrowserTests.Infrastructure;

/// <summary>What a page said while a test drove it: console messages, uncaught page errors and
/// failed requests, in order, for the failure artifacts.</summary>
internal sealed class PageJournal
{
    private readonly List<string> _lines = [];

    private PageJournal()
    {
    }

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_lines)
            {
                return [.. _lines];
            }
        }
    }

    /// <summary>Starts recording <paramref name="page"/>; attach before the first navigation.</summary>
    public static PageJournal Attach(IPage page)
    {
        var journal = new PageJournal();
        page.Console += (_, message) => journal.Add($"[console.{message.Type}] {message.Text} ({message.Location})");
        page.PageError += (_, error) => journal.Add($"[page error] {error}");
        page.RequestFailed += (_, request) => journal.Add($"[request failed] {request.Method} {request.Url}: {request.Failure}");
        return journal;
    }

    private void Add(string line)
    {
        lock (_lines)
        {
            _lines.Add(line);
        }
    }
}
