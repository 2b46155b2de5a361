using System.Collections.ObjectModel;
using System.Text.Json;

namespace Sluice.Core.Parameters;

/// <summary>Turns JSON arrays and objects into plain read-only .NET values for templates and
/// scripts: strings, <see cref="long"/> for numbers written without a fraction or exponent,
/// <see cref="decimal"/> for other numbers (never a float), bools, nulls, and nested
/// <see cref="IReadOnlyList{T}"/> and <see cref="IReadOnlyDictionary{TKey, TValue}"/>.</summary>
internal static class JsonValues
{
    /// <summary>False only when a number fits neither a long nor a decimal.</summary>
    public static bool TryConvert(JsonElement element, out object? value)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                value = element.GetString();
                return true;
            case JsonValueKind.Number:
                return TryNumber(element, out value);
            case JsonValueKind.True:
                value = BoxedBool.True;
                return true;
            case JsonValueKind.False:
                value = BoxedBool.False;
                return true;
            case JsonValueKind.Array:
                return TryList(element, out value);
            case JsonValueKind.Object:
                return TryDictionary(element, out value);
            default:
                value = null;
                return true;
        }
    }

    public static bool TryNumber(JsonElement element, out object? value)
    {
        if (element.TryGetInt64(out var integer))
        {
            value = integer;
            return true;
        }
        if (element.TryGetDecimal(out var number))
        {
            value = number;
            return true;
        }
        value = null;
        return false;
    }

    public static bool TryList(JsonElement array, out object? value)
    {
        var items = new object?[array.GetArrayLength()];
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            if (!TryConvert(item, out items[index++]))
            {
                value = null;
                return false;
            }
        }
        value = Array.AsReadOnly(items);
        return true;
    }

    public static bool TryDictionary(JsonElement obj, out object? value)
    {
        var fields = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in obj.EnumerateObject())
        {
            if (!TryConvert(property.Value, out var field))
            {
                value = null;
                return false;
            }
            // A repeated key keeps its last value, as JsonElement.TryGetProperty does.
            fields[property.Name] = field;
        }
        value = new ReadOnlyDictionary<string, object?>(fields);
        return true;
    }
}
