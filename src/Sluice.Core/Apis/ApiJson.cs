using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Sluice.Core.Parameters;

namespace Sluice.Core.Apis;

/// <summary>How an API's JSON columns (params, identifiers) are read and written: snake_case
/// names and enum values, as clients write them.</summary>
public static class ApiJson
{
    /// <summary>The serializer options.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Generated metadata for the stored columns first; anything else by reflection.
        TypeInfoResolver = JsonTypeInfoResolver.Combine(ApiJsonContext.Default, new DefaultJsonTypeInfoResolver()),
    };

    /// <summary>Parses stored parameter definitions.</summary>
    public static IReadOnlyList<ParamDefinition> Params(string json) =>
        JsonSerializer.Deserialize<List<ParamDefinition>>(json, Options) ?? [];

    /// <summary>Parses the stored identifier allow-list.</summary>
    public static IReadOnlySet<string> Identifiers(string json) =>
        (JsonSerializer.Deserialize<List<string>>(json, Options) ?? []).ToHashSet(StringComparer.Ordinal);
}
