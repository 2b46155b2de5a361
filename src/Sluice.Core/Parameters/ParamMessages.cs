using System.Globalization;
using System.Text.Json;

namespace Sluice.Core.Parameters;

/// <summary>The sentences of <see cref="ParamError.Message"/>. They echo a short excerpt of the
/// input back to the caller who sent it, never more than a few dozen characters.</summary>
internal static class ParamMessages
{
    private const int MaxEcho = 40;

    public static string Describe(ParamType type) => type switch
    {
        ParamType.String => "a string",
        ParamType.Integer => "an integer",
        ParamType.Number => "a number",
        ParamType.Boolean => "true or false",
        ParamType.Array => "a list",
        ParamType.Object => "a JSON object",
        ParamType.Date => "a date (yyyy-MM-dd)",
        ParamType.Datetime => "a date and time (yyyy-MM-ddTHH:mm:ss, optionally with Z or an offset)",
        _ => "a value of an unknown type",
    };

    public static ParamError Required(string name) => new(name, ParamRules.Required, $"{name} is required.");

    public static ParamError Type(string name, ParamType type, string got) =>
        new(name, ParamRules.Type, $"{name} must be {Describe(type)} (got {got}).");

    public static ParamError GivenMoreThanOnce(string name, int count) =>
        new(name, ParamRules.Type, string.Create(CultureInfo.InvariantCulture, $"{name} must be given only once (got {count} values)."));

    /// <summary>A text input, quoted and cut short.</summary>
    public static string Echo(string text) =>
        text.Length <= MaxEcho ? $"\"{text}\"" : $"\"{text.AsSpan(0, MaxEcho)}…\"";

    /// <summary>A JSON input that could not be read as <paramref name="type"/>.</summary>
    public static string Echo(JsonElement element, ParamType type) => element.ValueKind switch
    {
        JsonValueKind.String => Echo(element.GetString()!),
        JsonValueKind.Array when type == ParamType.Array => "a list with a number out of range",
        JsonValueKind.Object when type == ParamType.Object => "an object with a number out of range",
        JsonValueKind.Array => "a list",
        JsonValueKind.Object => "an object",
        _ => Cut(element.GetRawText()),
    };

    /// <summary>A bound value, as a sentence shows it.</summary>
    public static string Echo(object? value) => value switch
    {
        null => "null",
        string text => Echo(text),
        bool flag => flag ? "true" : "false",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime local => local.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        DateTimeOffset instant => instant.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture),
        IFormattable formattable => Cut(formattable.ToString(null, CultureInfo.InvariantCulture)),
        _ => "a value of another kind",
    };

    private static string Cut(string text) => text.Length <= MaxEcho ? text : $"{text.AsSpan(0, MaxEcho)}…";
}
