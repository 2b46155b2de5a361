using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using Sluice.Server.Management;

namespace Sluice.Server.Hosting;

/// <summary>Words a serializer failure on an enum field for the caller. The serializer's own
/// message names the .NET enum type; this one names the value sent and lists the values the
/// field takes (<c>'querystring' is not valid; use one of query, path, header, body.</c>).</summary>
internal static partial class EnumValueError
{
    /// <summary>The message when <paramref name="exception"/> points at an enum field of
    /// <paramref name="rootType"/> in <paramref name="root"/>, else null.</summary>
    public static string? Describe(JsonException exception, JsonElement root, Type rootType, JsonSerializerOptions options)
    {
        var info = options.GetTypeInfo(rootType);
        var node = root;
        foreach (Match segment in Segments().Matches(exception.Path ?? ""))
        {
            if (segment.Groups["index"] is { Success: true } index)
            {
                var at = int.Parse(index.Value, System.Globalization.CultureInfo.InvariantCulture);
                if (info.Kind != JsonTypeInfoKind.Enumerable || info.ElementType is null || node.ValueKind != JsonValueKind.Array || at >= node.GetArrayLength())
                {
                    return null;
                }
                info = options.GetTypeInfo(info.ElementType);
                node = node[at];
                continue;
            }
            var name = segment.Groups["name"].Success ? segment.Groups["name"].Value : segment.Groups["quoted"].Value.Replace("''", "'", StringComparison.Ordinal);
            var property = info.Kind == JsonTypeInfoKind.Object ? info.Properties.FirstOrDefault(p => p.Name == name) : null;
            if (property is null || node.ValueKind != JsonValueKind.Object || !node.TryGetProperty(name, out node))
            {
                return null;
            }
            info = options.GetTypeInfo(property.PropertyType);
        }
        var type = Nullable.GetUnderlyingType(info.Type) ?? info.Type;
        return type.IsEnum
            ? FieldErrors.NotOneOf(node.ValueKind == JsonValueKind.String ? node.GetString()! : node.GetRawText(), EnumFields.NamesOf(type))
            : null;
    }

    // $[0].location, $.params[0], $['odd.name']
    [GeneratedRegex(@"\.(?<name>[^.\[]+)|\['(?<quoted>(?:[^']|'')*)'\]|\[(?<index>\d+)\]")]
    private static partial Regex Segments();
}
