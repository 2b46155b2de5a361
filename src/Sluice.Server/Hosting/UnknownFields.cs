using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Sluice.Core.Naming;

namespace Sluice.Server.Hosting;

/// <summary>The fields of a JSON body that its route's request type does not have, at every
/// depth the type describes (objects, and lists of objects), each with the closest known name
/// when one is near. A misspelt field is otherwise dropped without a word: a publish with
/// <c>{"version": 1}</c> would publish the newest version instead.</summary>
internal static class UnknownFields
{
    /// <summary>Each unknown field's path (<c>permissions[0].resource</c>) and the name it most
    /// likely meant, if any.</summary>
    public static IReadOnlyList<(string Field, string? Meant)> Find(ReadOnlyMemory<byte> utf8Json, Type requestType, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var found = new List<(string, string?)>();
        // A document, not JsonNode: a body may repeat a name, which JsonObject refuses.
        using var document = JsonDocument.Parse(utf8Json);
        Walk(document.RootElement, options.GetTypeInfo(requestType), null, options, found);
        return found;
    }

    private static void Walk(JsonElement node, JsonTypeInfo info, string? path, JsonSerializerOptions options, List<(string, string?)> found)
    {
        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object when node.ValueKind == JsonValueKind.Object && !info.Properties.Any(property => property.IsExtensionData):
                var known = info.Properties.ToDictionary(property => property.Name, StringComparer.OrdinalIgnoreCase);
                foreach (var (name, value) in node.EnumerateObject().Select(field => (field.Name, field.Value)))
                {
                    var field = path is null ? name : $"{path}.{name}";
                    if (known.TryGetValue(name, out var property))
                    {
                        Walk(value, options.GetTypeInfo(property.PropertyType), field, options, found);
                    }
                    else
                    {
                        found.Add((field, ClosestName.Of(name, known.Keys)));
                    }
                }
                break;
            case JsonTypeInfoKind.Enumerable when node.ValueKind == JsonValueKind.Array && info.ElementType is { } elementType:
                var element = options.GetTypeInfo(elementType);
                var index = 0;
                foreach (var item in node.EnumerateArray())
                {
                    Walk(item, element, $"{path}[{index++}]", options, found);
                }
                break;
        }
    }
}
