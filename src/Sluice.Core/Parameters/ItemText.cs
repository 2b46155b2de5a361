using System.Globalization;

namespace Sluice.Core.Parameters;

/// <summary>The text of an array item, which an array parameter's pattern and enum apply to.
/// Null for items that have none (null, nested lists and objects).</summary>
internal static class ItemText
{
    public static string? Of(object? item) => item switch
    {
        string text => text,
        long integer => integer.ToString(CultureInfo.InvariantCulture),
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        _ => null,
    };
}
