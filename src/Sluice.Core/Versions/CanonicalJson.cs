using System.Text.Encodings.Web;
using System.Text.Json;

namespace Sluice.Core.Versions;

/// <summary>JSON laid out for reading and diffing: two-space indents and object keys in ordinal
/// order, so the same value always prints the same lines.</summary>
internal static class CanonicalJson
{
    private static readonly JsonWriterOptions Layout = new()
    {
        Indented = true,
        // The text is shown to people, never embedded in HTML or script.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The canonical layout of <paramref name="json"/>; text that does not parse is
    /// returned as it is.</summary>
    public static string Format(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException)
        {
            return json;
        }
        using (document)
        using (var buffer = new MemoryStream())
        {
            using (var writer = new Utf8JsonWriter(buffer, Layout))
            {
                Write(writer, document.RootElement);
            }
            return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
    }

    private static void Write(Utf8JsonWriter writer, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in element.EnumerateObject().OrderBy(property => property.Name, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(property.Name);
                    Write(writer, property.Value);
                }
                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    Write(writer, item);
                }
                writer.WriteEndArray();
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }
}
