using System.Collections.ObjectModel;
using System.Globalization;

namespace Sluice.Core.Parameters;

/// <summary>Reads one text input (path, query, header or form value) as a parameter type.</summary>
internal static class TextCoercion
{
    private const NumberStyles IntegerStyle = NumberStyles.AllowLeadingSign;
    private const NumberStyles NumberStyle = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    /// <param name="type">The parameter's type.</param>
    /// <param name="text">The input.</param>
    /// <param name="trimItems">Trim blanks around comma-separated array items (header lists).</param>
    /// <param name="value">The value, when present.</param>
    public static InputState Coerce(ParamType type, string text, bool trimItems, out object? value)
    {
        if (type == ParamType.String)
        {
            value = text;
            return InputState.Present;
        }
        value = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return InputState.Absent;
        }
        var ok = false;
        switch (type)
        {
            case ParamType.Integer:
                if (long.TryParse(text, IntegerStyle, CultureInfo.InvariantCulture, out var integer))
                {
                    (value, ok) = (integer, true);
                }
                break;
            case ParamType.Number:
                if (decimal.TryParse(text, NumberStyle, CultureInfo.InvariantCulture, out var number))
                {
                    (value, ok) = (number, true);
                }
                break;
            case ParamType.Boolean:
                if (TryParseBoolean(text, out var flag))
                {
                    (value, ok) = (BoxedBool.Of(flag), true);
                }
                break;
            case ParamType.Array:
                (value, ok) = (SplitItems(text, trimItems), true);
                break;
            case ParamType.Date:
                ok = DateTimeText.TryParseDate(text, out value);
                break;
            case ParamType.Datetime:
                ok = DateTimeText.TryParseDateTime(text, out value);
                break;
            default:
                // An object never comes from text: only a JSON body carries one.
                break;
        }
        return ok ? InputState.Present : InputState.Invalid;
    }

    /// <summary>Repeated inputs as an array of strings, kept as given (no comma splitting).</summary>
    public static ReadOnlyCollection<object?> Items(IReadOnlyList<string> texts)
    {
        var items = new object?[texts.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = texts[i];
        }
        return Array.AsReadOnly(items);
    }

    // One input carries a list as comma-separated items ("1,2,3"); without a comma it is a
    // one-item list.
    private static ReadOnlyCollection<object?> SplitItems(string text, bool trim)
    {
        var items = new object?[text.AsSpan().Count(',') + 1];
        var start = 0;
        for (var i = 0; i < items.Length; i++)
        {
            var end = text.IndexOf(',', start);
            if (end < 0)
            {
                end = text.Length;
            }
            var item = text.AsSpan(start, end - start);
            items[i] = (trim ? item.Trim() : item).ToString();
            start = end + 1;
        }
        return Array.AsReadOnly(items);
    }

    private static bool TryParseBoolean(string text, out bool value)
    {
        if (Is(text, "true") || Is(text, "1") || Is(text, "yes") || Is(text, "on"))
        {
            value = true;
            return true;
        }
        value = false;
        return Is(text, "false") || Is(text, "0") || Is(text, "no") || Is(text, "off");
    }

    private static bool Is(string text, string word) => string.Equals(text, word, StringComparison.OrdinalIgnoreCase);
}
