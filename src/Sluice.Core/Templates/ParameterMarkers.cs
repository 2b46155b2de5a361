using System.Globalization;
using System.Text;

namespace Sluice.Core.Templates;

/// <summary>How a bound value is written into the rendered text until the text is split into
/// statements: <c>U+E000 index U+E001</c>. Both are private-use characters; a template or
/// macro source that contains either does not parse, so every one in the output came from a
/// binding. Values themselves never reach the text.</summary>
internal static class ParameterMarkers
{
    public const char Start = '\uE000';
    public const char End = '\uE001';

    // The markers of the first parameters, made once: most renders bind only a few values.
    private static readonly BoundOutput[] Common = CreateCommon(256);

    public static void Append(StringBuilder text, int index) => text.Append(Output(index).Text);

    /// <summary>The marker of the parameter at <paramref name="index"/>, as an output.</summary>
    public static BoundOutput Output(int index) =>
        index < Common.Length ? Common[index] : new BoundOutput(Text(index));

    /// <summary>Index of the first marker character in <paramref name="text"/>, or -1.</summary>
    public static int IndexOfAny(ReadOnlySpan<char> text) => text.IndexOfAny(Start, End);

    /// <summary>Reads the index of the marker that spans <paramref name="marker"/> (start and
    /// end characters included).</summary>
    public static int ReadIndex(ReadOnlySpan<char> marker) =>
        int.Parse(marker[1..^1], NumberStyles.None, CultureInfo.InvariantCulture);

    private static string Text(int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{Start}{index}{End}");

    private static BoundOutput[] CreateCommon(int count)
    {
        var outputs = new BoundOutput[count];
        for (var i = 0; i < count; i++)
        {
            outputs[i] = new BoundOutput(Text(i));
        }
        return outputs;
    }
}
