using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Jint;
using Jint.Native;
using JsJsonParser = Jint.Native.Json.JsonParser;
using JsJsonSerializer = Jint.Native.Json.JsonSerializer;

namespace Sluice.Core.Scripting;

/// <summary>Moves values between the host and a script only as JSON text, so a script sees plain
/// JS values (objects, arrays, strings, numbers, booleans, null) and never a host object, and
/// the host sees only what JSON.stringify gives.</summary>
internal static class ScriptJson
{
    /// <summary>Bound parameters (strings, numbers, bools, dates, nested lists and
    /// dictionaries, JSON) as a fresh JS object owned by <paramref name="engine"/>.</summary>
    public static JsValue ToScript(Engine engine, IReadOnlyDictionary<string, object?> values)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            WriteObject(writer, values);
        }
        return new JsJsonParser(engine).Parse(Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    /// <summary>A host answer as a fresh JS value owned by <paramref name="engine"/>; null becomes JS null.</summary>
    public static JsValue ToScript(Engine engine, JsonNode? value) =>
        value is null ? JsValue.Null : new JsJsonParser(engine).Parse(value.ToJsonString());

    /// <summary>The value as JSON, or null for undefined (and for values JSON.stringify drops,
    /// such as functions).</summary>
    public static JsonNode? FromScript(Engine engine, JsValue value)
    {
        var text = new JsJsonSerializer(engine).Serialize(value);
        return text.IsString() ? JsonNode.Parse(text.AsString()) : null;
    }

    private static void WriteObject(Utf8JsonWriter writer, IReadOnlyDictionary<string, object?> values)
    {
        writer.WriteStartObject();
        foreach (var (name, value) in values)
        {
            writer.WritePropertyName(name);
            WriteValue(writer, value);
        }
        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case decimal number:
                writer.WriteNumberValue(number);
                break;
            case double number when double.IsFinite(number):
                writer.WriteNumberValue(number);
                break;
            case DateOnly date:
                writer.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case DateTime dateTime:
                writer.WriteStringValue(dateTime.ToString("O", CultureInfo.InvariantCulture));
                break;
            case DateTimeOffset dateTime:
                writer.WriteStringValue(dateTime.ToString("O", CultureInfo.InvariantCulture));
                break;
            case Guid guid:
                writer.WriteStringValue(guid.ToString());
                break;
            case JsonElement element:
                element.WriteTo(writer);
                break;
            case JsonNode node:
                node.WriteTo(writer);
                break;
            case IReadOnlyDictionary<string, object?> nested:
                WriteObject(writer, nested);
                break;
            case IEnumerable<object?> items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    WriteValue(writer, item);
                }
                writer.WriteEndArray();
                break;
            default:
                // Anything else is a host object; a script never sees one.
                throw new ArgumentException($"A script parameter cannot be a {value.GetType().Name}; only JSON-like values are passed to scripts.", nameof(value));
        }
    }
}
