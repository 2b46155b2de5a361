using System.Collections.ObjectModel;
using System.Text.Json;

namespace Sluice.Core.Parameters;

/// <summary>A gateway request's raw inputs, free of any web framework: the server adapts its
/// request into this, and <see cref="ParameterBinder.Bind"/> reads parameters from it.</summary>
public sealed class RequestInputs
{
    private static readonly IReadOnlyDictionary<string, string> NoHeaders =
        new Dictionary<string, string>(0, StringComparer.OrdinalIgnoreCase);

    /// <summary>Route values of the API's path template (<c>users/{id}</c>), already decoded.</summary>
    public IReadOnlyDictionary<string, string> Path { get; init; } = ReadOnlyDictionary<string, string>.Empty;

    /// <summary>Query string values; a repeated key keeps every value, in request order.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Query { get; init; } =
        ReadOnlyDictionary<string, IReadOnlyList<string>>.Empty;

    /// <summary>Request headers, looked up case-insensitively. A
    /// <see cref="Dictionary{TKey, TValue}"/> built with a case-insensitive comparer is used as
    /// given; any other dictionary is copied into one (so pass the former on the hot path).</summary>
    public IReadOnlyDictionary<string, string> Headers
    {
        get;
        init => field = CaseInsensitive(value);
    } = NoHeaders;

    /// <summary>The parsed JSON body (an object or an array), or null when the request had none
    /// or it was a form.</summary>
    public JsonElement? Body { get; init; }

    /// <summary>Fields of a form body (repeated fields keep every value, in order), or null when
    /// the body was not a form.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? Form { get; init; }

    private static IReadOnlyDictionary<string, string> CaseInsensitive(IReadOnlyDictionary<string, string> headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        if (headers is Dictionary<string, string> dictionary
            && (ReferenceEquals(dictionary.Comparer, StringComparer.OrdinalIgnoreCase)
                || ReferenceEquals(dictionary.Comparer, StringComparer.InvariantCultureIgnoreCase)))
        {
            return headers;
        }
        var copy = new Dictionary<string, string>(headers.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in headers)
        {
            copy[name] = value;
        }
        return copy;
    }
}
