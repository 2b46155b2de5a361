using System.Text.Json;

namespace Sluice.Core.Datasources;

/// <summary>The <c>options</c> of a datasource: a JSON object of driver settings.</summary>
public static class DatasourceOptions
{
    /// <summary>Parses stored options; absent or empty gives an empty set.</summary>
    public static IReadOnlyDictionary<string, string> Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return new Dictionary<string, string>();
        }
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateObject().ToDictionary(
            property => property.Name,
            property => property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText(),
            StringComparer.OrdinalIgnoreCase);
    }
}
