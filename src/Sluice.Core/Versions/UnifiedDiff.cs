using System.Globalization;
using System.Text;

namespace Sluice.Core.Versions;

/// <summary>Line-based unified diffs, in the format of <c>diff -u</c> and <c>git diff</c>.</summary>
public static class UnifiedDiff
{
    /// <summary>Unchanged lines shown around each change.</summary>
    public const int DefaultContext = 3;

    /// <summary>The unified diff from <paramref name="oldText"/> to <paramref name="newText"/>:
    /// <c>---</c>/<c>+++</c> headers with the labels, then <c>@@</c> hunks with
    /// <paramref name="context"/> unchanged lines around each change (hunks that close merge);
    /// an empty string when the texts are equal. A text that does not end with a line break
    /// gets <c>\ No newline at end of file</c> after its last line. Like git's function
    /// context, <paramref name="hunkHeading"/> may name a line as a heading; each hunk header
    /// then ends with the nearest heading at or above the hunk's first line.</summary>
    public static string Create(string oldText, string newText, string oldLabel, string newLabel, int context = DefaultContext,
        Func<string, string?>? hunkHeading = null)
    {
        ArgumentNullException.ThrowIfNull(oldText);
        ArgumentNullException.ThrowIfNull(newText);
        ArgumentOutOfRangeException.ThrowIfNegative(context);
        var oldLines = DiffLine.Split(oldText);
        var newLines = DiffLine.Split(newText);
        var edits = LineDiff.Compute(oldLines, newLines);
        var diff = new StringBuilder();
        var change = NextChange(edits, 0);
        while (change >= 0)
        {
            var last = change;
            // Changes at most 2 * context unchanged lines apart share a hunk: their contexts touch.
            for (var next = NextChange(edits, last + 1); next >= 0 && next - last - 1 <= 2 * context; next = NextChange(edits, last + 1))
            {
                last = next;
            }
            var first = Math.Max(change - context, 0);
            var end = Math.Min(last + context, edits.Count - 1);
            if (diff.Length == 0)
            {
                diff.Append("--- ").Append(oldLabel).Append('\n').Append("+++ ").Append(newLabel).Append('\n');
            }
            AppendHunk(diff, edits, first, end, oldLines, newLines, hunkHeading);
            change = NextChange(edits, end + 1);
        }
        return diff.ToString();
    }

    private static int NextChange(List<DiffEdit> edits, int from)
    {
        for (var i = from; i < edits.Count; i++)
        {
            if (edits[i].Kind != DiffEditKind.Keep)
            {
                return i;
            }
        }
        return -1;
    }

    private static void AppendHunk(StringBuilder diff, List<DiffEdit> edits, int first, int end, DiffLine[] oldLines, DiffLine[] newLines,
        Func<string, string?>? hunkHeading)
    {
        var (oldCount, newCount) = (0, 0);
        for (var i = first; i <= end; i++)
        {
            oldCount += edits[i].Kind == DiffEditKind.Insert ? 0 : 1;
            newCount += edits[i].Kind == DiffEditKind.Delete ? 0 : 1;
        }
        diff.Append("@@ -").Append(Range(edits[first].OldIndex, oldCount)).Append(" +").Append(Range(edits[first].NewIndex, newCount)).Append(" @@");
        if (hunkHeading is not null && (Heading(oldLines, edits[first].OldIndex, hunkHeading) ?? Heading(newLines, edits[first].NewIndex, hunkHeading)) is { } heading)
        {
            diff.Append(' ').Append(heading);
        }
        diff.Append('\n');
        for (var i = first; i <= end; i++)
        {
            var edit = edits[i];
            var (marker, line) = edit.Kind switch
            {
                DiffEditKind.Keep => (' ', oldLines[edit.OldIndex]),
                DiffEditKind.Delete => ('-', oldLines[edit.OldIndex]),
                _ => ('+', newLines[edit.NewIndex]),
            };
            diff.Append(marker).Append(line.Text).Append('\n');
            if (!line.EndsWithBreak)
            {
                diff.Append("\\ No newline at end of file\n");
            }
        }
    }

    /// <summary><c>start,count</c> as diff writes it: 1-based, the count left out when it is
    /// one, and an empty range numbered by the line before it.</summary>
    private static string Range(int index, int count) => count switch
    {
        0 => index.ToString(CultureInfo.InvariantCulture) + ",0",
        1 => (index + 1).ToString(CultureInfo.InvariantCulture),
        _ => string.Create(CultureInfo.InvariantCulture, $"{index + 1},{count}"),
    };

    private static string? Heading(DiffLine[] lines, int index, Func<string, string?> hunkHeading)
    {
        for (var i = Math.Min(index, lines.Length - 1); i >= 0; i--)
        {
            if (hunkHeading(lines[i].Text) is { } heading)
            {
                return heading;
            }
        }
        return null;
    }
}
