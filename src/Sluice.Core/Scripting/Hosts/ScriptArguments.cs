using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Sluice.Core.Scripting.Hosts;

/// <summary>Reads a host method's JSON arguments, refusing a wrong one with a message that names
/// the call, the argument and what it should be.</summary>
/// <param name="call">How the script wrote the call, e.g. <c>cache.set(key, value, ttlSeconds?)</c>.</param>
/// <param name="arguments">The arguments as the sandbox passed them.</param>
internal readonly struct ScriptArguments(string call, IReadOnlyList<JsonNode?> arguments)
{
    /// <summary>The argument at <paramref name="index"/>, null when missing.</summary>
    public JsonNode? this[int index] => index < arguments.Count ? arguments[index] : null;

    /// <summary>A refusal naming the call.</summary>
    public ScriptHostException Refuse(string problem) => new($"{call}: {problem}");

    /// <summary>A required string.</summary>
    public string String(int index, string name) =>
        this[index] is JsonValue value && value.GetValueKind() == JsonValueKind.String
            ? value.GetValue<string>()
            : throw Refuse($"{name} must be a string.");

    /// <summary>An optional whole number in a range; <paramref name="fallback"/> when missing.</summary>
    public long WholeNumber(int index, string name, long fallback, long min, long max)
    {
        var node = this[index];
        if (node is null)
        {
            return fallback;
        }
        // Read from the JSON text, as the script wrote the number (JSON.stringify writes 10.0 as 10).
        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.Number
            && long.TryParse(value.ToJsonString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            && number >= min && number <= max)
        {
            return number;
        }
        throw Refuse($"{name} must be a whole number from {min} to {max}.");
    }

    /// <summary>An optional object; null when missing.</summary>
    public JsonObject? Object(int index, string name) => this[index] switch
    {
        null => null,
        JsonObject value => value,
        _ => throw Refuse($"{name} must be an object."),
    };

    /// <summary>Any value as a script would print it: strings as they are, everything else as JSON.</summary>
    public static string Text(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>()
            : node?.ToJsonString() ?? "null";
}
