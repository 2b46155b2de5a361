using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Sluice.Core.Parameters;

namespace Sluice.Core.Checks;

/// <summary>Made-up values for an API's parameters, so its template can be rendered without a
/// request: a parameter's first <c>enum</c> value, else its <c>default_value</c>, else a value of
/// its type inside its minimum, maximum, lengths and (where one of a few candidates matches) its
/// pattern. The values go through the parameter binder, as a request's would, so the template
/// sees the same types.</summary>
public static class SampleValues
{
    /// <summary>The label of the case with every parameter given.</summary>
    public const string AllPresent = "with optional parameters present";

    /// <summary>The label of the case with only the required parameters given.</summary>
    public const string OptionalAbsent = "with optional parameters absent";

    /// <summary>The label of the only case of an API without optional parameters.</summary>
    public const string Only = "with sample values";

    private static readonly string[] TextCandidates = ["sample", "a", "1", "A", "sample@example.com", "2000-01-01", "asc"];

    /// <summary>The cases to render: every parameter present and, when some are optional, only
    /// the required ones (so both sides of an <c>{% if %}</c> on an optional parameter are seen).</summary>
    /// <param name="definitions">The API's parameters (their binder must compile).</param>
    /// <param name="text">The value of a plain string parameter; a caller retries with another
    /// (an allowed identifier, a sort direction) when the template refuses it.</param>
    public static IReadOnlyList<SampleCase> For(IReadOnlyList<ParamDefinition> definitions, string text)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        // Every value arrives as one JSON object, whatever each parameter's usual location.
        var binder = ParameterBinder.Compile(definitions.Select(d => d with { Location = ParamLocation.Body }).ToList()).Binder
            ?? throw new ArgumentException("The parameters do not compile.", nameof(definitions));
        var optional = definitions.Where(d => !d.IsRequired && d.Location != ParamLocation.Path).ToHashSet();
        var cases = new List<SampleCase> { Bind(binder, optional.Count == 0 ? Only : AllPresent, definitions, text) };
        if (optional.Count > 0)
        {
            cases.Add(Bind(binder, OptionalAbsent, definitions.Where(d => !optional.Contains(d)), text));
        }
        return cases;
    }

    private static SampleCase Bind(ParameterBinder binder, string label, IEnumerable<ParamDefinition> present, string text)
    {
        var body = new JsonObject();
        foreach (var definition in present)
        {
            body[definition.Name] = Sample(definition, text);
        }
        // Rules a made-up value breaks are no reason to skip the check: the coerced value is used.
        var bound = binder.Bind(new RequestInputs { Body = JsonSerializer.SerializeToElement(body) });
        return new SampleCase(label, bound.Values);
    }

    private static JsonNode? Sample(ParamDefinition definition, string text)
    {
        if (definition.Enum is { Count: > 0 } values)
        {
            var first = JsonNode.Parse(values[0].GetRawText());
            return definition.DataType == ParamType.Array ? new JsonArray(first) : first;
        }
        if (definition.DefaultValue is { } fallback)
        {
            return JsonNode.Parse(fallback.GetRawText());
        }
        return definition.DataType switch
        {
            ParamType.Integer => JsonValue.Create(decimal.ToInt64(Clamp(1m, Ceiling(definition.Minimum), Floor(definition.Maximum)))),
            ParamType.Number => JsonValue.Create(Clamp(1m, definition.Minimum, definition.Maximum)),
            ParamType.Boolean => JsonValue.Create(true),
            ParamType.Array => new JsonArray(Enumerable.Range(0, Math.Max(1, definition.MinLength ?? 1))
                .Select(_ => (JsonNode?)JsonValue.Create(Text(definition.Pattern, null, null, "1"))).ToArray()),
            ParamType.Object => new JsonObject(),
            ParamType.Date => JsonValue.Create("2000-01-01"),
            ParamType.Datetime => JsonValue.Create("2000-01-01T00:00:00Z"),
            _ => JsonValue.Create(Text(definition.Pattern, definition.MinLength, definition.MaxLength, text)),
        };
    }

    private static decimal Clamp(decimal value, decimal? minimum, decimal? maximum) =>
        Math.Min(Math.Max(value, minimum ?? value), maximum ?? Math.Max(value, minimum ?? value));

    private static decimal? Ceiling(decimal? value) => value is { } number ? Math.Ceiling(number) : null;

    private static decimal? Floor(decimal? value) => value is { } number ? Math.Floor(number) : null;

    // The preferred text when it fits; else the first candidate that does; else the preferred text.
    private static string Text(string? pattern, int? minLength, int? maxLength, string preferred)
    {
        foreach (var candidate in TextCandidates.Prepend(preferred))
        {
            var padded = minLength is { } min && candidate.Length < min ? candidate.PadRight(min, candidate[^1]) : candidate;
            if ((maxLength is null || padded.Length <= maxLength) && Matches(pattern, padded))
            {
                return padded;
            }
        }
        return preferred;
    }

    private static bool Matches(string? pattern, string text)
    {
        if (pattern is null)
        {
            return true;
        }
        try
        {
            return Regex.IsMatch(text, $"^(?:{pattern})$", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(50));
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
