namespace Sluice.Core.Versions;

/// <summary>One line of a text being diffed, without its line break.</summary>
/// <param name="Text">The line's characters.</param>
/// <param name="EndsWithBreak">False only for a last line the text does not end with a line
/// break; such a line differs from the same text followed by one.</param>
internal readonly record struct DiffLine(string Text, bool EndsWithBreak)
{
    /// <summary>Splits on <c>\n</c>. An empty text has no lines; a final line break ends the
    /// last line rather than starting an empty one.</summary>
    public static DiffLine[] Split(string text)
    {
        if (text.Length == 0)
        {
            return [];
        }
        var parts = text.Split('\n');
        var endsWithBreak = parts[^1].Length == 0;
        var count = endsWithBreak ? parts.Length - 1 : parts.Length;
        var lines = new DiffLine[count];
        for (var i = 0; i < count; i++)
        {
            lines[i] = new DiffLine(parts[i], i < count - 1 || endsWithBreak);
        }
        return lines;
    }
}
