using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Sluice.Server.Scripting;

/// <summary>A script's values (JSON) as the values a statement binds: strings, numbers
/// (integral ones as long, others as decimal, or double beyond decimal's range), booleans and
/// nulls as themselves.</summary>
internal static class ScriptBindValues
{
    /// <summary>A value for a <c>$n</c> placeholder: an object or array is bound as its JSON text.</summary>
    public static object? Positional(JsonNode? node) => node switch
    {
        null => null,
        JsonValue value => Scalar(value),
        _ => node.ToJsonString(),
    };

    /// <summary>Values for a template by name: arrays stay lists (for <c>IN {{ ids }}</c>) and
    /// objects stay objects (for <c>{{ filter.name }}</c>).</summary>
    public static Dictionary<string, object?> Named(JsonObject values)
    {
        var named = new Dictionary<string, object?>(values.Count, StringComparer.Ordinal);
        foreach (var (name, value) in values)
        {
            named[name] = Nested(value);
        }
        return named;
    }

    private static object? Nested(JsonNode? node) => node switch
    {
        null => null,
        JsonValue value => Scalar(value),
        JsonArray array => array.Select(Nested).ToList(),
        JsonObject values => Named(values),
        _ => node.ToJsonString(),
    };

    private static object? Scalar(JsonValue value)
    {
        switch (value.GetValueKind())
        {
            case JsonValueKind.String:
                return value.GetValue<string>();
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            case JsonValueKind.Number:
                var text = value.ToJsonString();
                if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integral))
                {
                    return integral;
                }
                return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var exact)
                    ? exact
                    : double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
            default:
                return null;
        }
    }
}
