using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Jint;
using Jint.Native;
using JsJsonSerializer = Jint.Native.Json.JsonSerializer;

namespace Sluice.Core.Scripting;

/// <summary>Moves values between the host and a script as JSON values only, so a script sees
/// plain JS values (objects, arrays, strings, numbers, booleans, null) and never a host object,
/// and the host sees only what JSON.stringify gives. Host values become fresh JS values built
/// directly, as JSON.parse would build them from the host value's JSON text (own data
/// properties, numbers as doubles, dates as ISO text), without writing or parsing that text.</summary>
internal static class ScriptJson
{
    // Deeper host values are refused rather than recursed into (JSON.parse has no limit, but a
    // parameter or a row is never this deep).
    private const int MaxDepth = 64;

    /// <summary>Bound parameters (strings, numbers, bools, dates, nested lists and
    /// dictionaries, JSON) as a fresh JS object owned by <paramref name="engine"/>.</summary>
    public static JsValue ToScript(Engine engine, IReadOnlyDictionary<string, object?> values) => FromDictionary(engine, values, 0);

    /// <summary>A host answer as a fresh JS value owned by <paramref name="engine"/>; null becomes JS null.</summary>
    public static JsValue ToScript(Engine engine, JsonNode? value) => FromNode(engine, value, 0);

    /// <summary>The value as JSON, or null for undefined (and for values JSON.stringify drops,
    /// such as functions).</summary>
    public static JsonNode? FromScript(Engine engine, JsValue value)
    {
        var text = new JsJsonSerializer(engine).Serialize(value);
        return text.IsString() ? JsonNode.Parse(text.AsString()) : null;
    }

    private static JsObject FromDictionary(Engine engine, IReadOnlyDictionary<string, object?> values, int depth)
    {
        var target = new JsObject(engine);
        foreach (var (name, value) in values)
        {
            target.CreateDataProperty(name, FromClr(engine, value, depth + 1));
        }
        return target;
    }

    private static JsValue FromClr(Engine engine, object? value, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new ArgumentException($"A script parameter nests deeper than {MaxDepth} levels.", nameof(value));
        }
        switch (value)
        {
            case null:
                return JsValue.Null;
            case string text:
                return new JsString(text);
            case bool flag:
                return flag ? JsBoolean.True : JsBoolean.False;
            case long number:
                return JsNumber.Create(number);
            case int number:
                return JsNumber.Create(number);
            case decimal number:
                return JsNumber.Create((double)number);
            case double number when double.IsFinite(number):
                return JsNumber.Create(number);
            case DateOnly date:
                return new JsString(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            case DateTime dateTime:
                return new JsString(dateTime.ToString("O", CultureInfo.InvariantCulture));
            case DateTimeOffset dateTime:
                return new JsString(dateTime.ToString("O", CultureInfo.InvariantCulture));
            case Guid guid:
                return new JsString(guid.ToString());
            case JsonElement element:
                return FromElement(engine, element, depth);
            case JsonNode node:
                return FromNode(engine, node, depth);
            case IReadOnlyDictionary<string, object?> nested:
                return FromDictionary(engine, nested, depth);
            case IEnumerable<object?> items:
                return new JsArray(engine, items.Select(item => FromClr(engine, item, depth + 1)).ToArray());
            default:
                // Anything else is a host object; a script never sees one.
                throw new ArgumentException($"A script parameter cannot be a {value.GetType().Name}; only JSON-like values are passed to scripts.", nameof(value));
        }
    }

    private static JsValue FromNode(Engine engine, JsonNode? node, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new ArgumentException($"A host value nests deeper than {MaxDepth} levels.", nameof(node));
        }
        switch (node)
        {
            case null:
                return JsValue.Null;
            case JsonObject members:
                var target = new JsObject(engine);
                foreach (var (name, member) in members)
                {
                    target.CreateDataProperty(name, FromNode(engine, member, depth + 1));
                }
                return target;
            case JsonArray items:
                var values = new JsValue[items.Count];
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = FromNode(engine, items[i], depth + 1);
                }
                return new JsArray(engine, values);
            default:
                var value = (JsonValue)node;
                return value.GetValueKind() switch
                {
                    JsonValueKind.String => new JsString(value.TryGetValue<string>(out var text) ? text : JsonSerializer.Deserialize<string>(value.ToJsonString())!),
                    JsonValueKind.Number => JsNumber.Create(Number(value)),
                    JsonValueKind.True => JsBoolean.True,
                    JsonValueKind.False => JsBoolean.False,
                    _ => JsValue.Null,
                };
        }
    }

    private static JsValue FromElement(Engine engine, JsonElement element, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new ArgumentException($"A script parameter nests deeper than {MaxDepth} levels.", nameof(element));
        }
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var target = new JsObject(engine);
                foreach (var member in element.EnumerateObject())
                {
                    target.CreateDataProperty(member.Name, FromElement(engine, member.Value, depth + 1));
                }
                return target;
            case JsonValueKind.Array:
                var values = new JsValue[element.GetArrayLength()];
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    values[i++] = FromElement(engine, item, depth + 1);
                }
                return new JsArray(engine, values);
            case JsonValueKind.String:
                return new JsString(element.GetString()!);
            case JsonValueKind.Number:
                return JsNumber.Create(element.GetDouble());
            case JsonValueKind.True:
                return JsBoolean.True;
            case JsonValueKind.False:
                return JsBoolean.False;
            default:
                return JsValue.Null;
        }
    }

    // A number as JSON.parse reads its text: the nearest double.
    private static double Number(JsonValue value) => value.TryGetValue<double>(out var number)
        ? number
        : double.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);
}
