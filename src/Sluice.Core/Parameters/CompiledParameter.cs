using System.Text.Json;

namespace Sluice.Core.Parameters;

/// <summary>One parameter ready to bind: where to read it, its type, its default already
/// coerced, its rules prepared. Immutable and safe to share between requests.</summary>
internal sealed class CompiledParameter
{
    public required string Name { get; init; }
    public required ParamLocation Location { get; init; }
    public required ParamType Type { get; init; }
    public required bool IsRequired { get; init; }
    /// <summary>For headers: the name with underscores as hyphens (<c>api_key</c> reads
    /// <c>Api-Key</c>), tried before the name as written.</summary>
    public required string HeaderName { get; init; }
    public bool HasDefault { get; init; }
    public object? DefaultValue { get; init; }
    /// <summary>Null when the parameter has no rules to check.</summary>
    public ParamConstraints? Constraints { get; init; }
    public required ParamError RequiredError { get; init; }

    /// <summary>Reads this parameter, and only this parameter's location, from a request.</summary>
    public InputState Read(RequestInputs inputs, out object? value, out ParamError? error)
    {
        error = null;
        value = null;
        switch (Location)
        {
            case ParamLocation.Path:
                return inputs.Path.TryGetValue(Name, out var segment)
                    ? ReadText(segment, trimItems: false, out value, out error)
                    : InputState.Absent;
            case ParamLocation.Query:
                return inputs.Query.TryGetValue(Name, out var values)
                    ? ReadTexts(values, out value, out error)
                    : InputState.Absent;
            case ParamLocation.Header:
                return inputs.Headers.TryGetValue(HeaderName, out var header)
                    || (!ReferenceEquals(HeaderName, Name) && inputs.Headers.TryGetValue(Name, out header))
                    ? ReadText(header, trimItems: true, out value, out error)
                    : InputState.Absent;
            default:
                return ReadBody(inputs, out value, out error);
        }
    }

    private InputState ReadBody(RequestInputs inputs, out object? value, out ParamError? error)
    {
        (value, error) = (null, null);
        if (inputs.Body is { } body)
        {
            if (body.ValueKind == JsonValueKind.Object)
            {
                return body.TryGetProperty(Name, out var field) ? ReadJson(field, out value, out error) : InputState.Absent;
            }
            // A JSON array body has no fields; it binds whole to a parameter named "body".
            return body.ValueKind == JsonValueKind.Array && Name == "body"
                ? ReadJson(body, out value, out error)
                : InputState.Absent;
        }
        return inputs.Form is not null && inputs.Form.TryGetValue(Name, out var values)
            ? ReadTexts(values, out value, out error)
            : InputState.Absent;
    }

    private InputState ReadTexts(IReadOnlyList<string> values, out object? value, out ParamError? error)
    {
        (value, error) = (null, null);
        if (values.Count == 1)
        {
            return ReadText(values[0], trimItems: false, out value, out error);
        }
        if (values.Count == 0)
        {
            return InputState.Absent;
        }
        if (Type == ParamType.Array)
        {
            value = TextCoercion.Items(values);
            return InputState.Present;
        }
        // Picking one of several values silently would let a proxy and the database disagree
        // about which one the request meant.
        error = ParamMessages.GivenMoreThanOnce(Name, values.Count);
        return InputState.Invalid;
    }

    private InputState ReadText(string text, bool trimItems, out object? value, out ParamError? error)
    {
        var state = TextCoercion.Coerce(Type, text, trimItems, out value);
        error = state == InputState.Invalid ? ParamMessages.Type(Name, Type, ParamMessages.Echo(text)) : null;
        return state;
    }

    private InputState ReadJson(JsonElement element, out object? value, out ParamError? error)
    {
        var state = JsonCoercion.Coerce(Type, element, out value);
        error = state == InputState.Invalid ? ParamMessages.Type(Name, Type, ParamMessages.Echo(element, Type)) : null;
        return state;
    }
}
