using System.Text.Json;

namespace Sluice.Core.Parameters;

/// <summary>One declared API parameter, as operators write it.</summary>
public sealed record ParamDefinition
{
    /// <summary>Name as the request carries it and as the template sees it.</summary>
    public required string Name { get; init; }
    /// <summary>Where the request carries it.</summary>
    public ParamLocation Location { get; init; } = ParamLocation.Query;
    /// <summary>Type it is coerced to.</summary>
    public ParamType DataType { get; init; } = ParamType.String;
    /// <summary>A request without it is a 400 (unless it has a default).</summary>
    public bool IsRequired { get; init; }
    /// <summary>Value used when the request omits it (any JSON value).</summary>
    public JsonElement? DefaultValue { get; init; }
    /// <summary>For people and the consumer OpenAPI document.</summary>
    public string? Description { get; init; }
    /// <summary>A regular expression a string value must match in full.</summary>
    public string? Pattern { get; init; }
    /// <summary>Smallest allowed value of a number or integer.</summary>
    public decimal? Minimum { get; init; }
    /// <summary>Largest allowed value of a number or integer.</summary>
    public decimal? Maximum { get; init; }
    /// <summary>Shortest allowed string, or fewest array items.</summary>
    public int? MinLength { get; init; }
    /// <summary>Longest allowed string, or most array items.</summary>
    public int? MaxLength { get; init; }
    /// <summary>The only allowed values.</summary>
    public IReadOnlyList<JsonElement>? Enum { get; init; }
    /// <summary>A JavaScript check run after the rules above: an expression over <c>value</c>
    /// and <c>params</c>, or a function <c>(value, params) =&gt; …</c>; <c>true</c> (or nothing)
    /// accepts the value, <c>false</c> or a message refuses it. See
    /// <see cref="Scripting.ParameterValidators"/>.</summary>
    public string? Validate { get; init; }
}
