using System.Text.Json;
using Sluice.Core.Parameters;

namespace Sluice.Tests.Parameters;

/// <summary>Builds request inputs the way the server adapter would.</summary>
internal static class Inputs
{
    public static RequestInputs Query(params (string Key, string Value)[] pairs) => new() { Query = Multi(pairs) };

    public static RequestInputs Json(string body) => new() { Body = Parse(body) };

    public static JsonElement Parse(string json) => JsonSerializer.Deserialize<JsonElement>(json);

    public static Dictionary<string, IReadOnlyList<string>> Multi(params (string Key, string Value)[] pairs)
    {
        var values = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (key, value) in pairs)
        {
            if (!values.TryGetValue(key, out var list))
            {
                values[key] = list = [];
            }
            list.Add(value);
        }
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (key, list) in values)
        {
            result[key] = list;
        }
        return result;
    }
}
