namespace Sluice.Core.Parameters;

/// <summary>The type a parameter value is coerced to before it reaches a template.</summary>
// The member names are the API's data_type values, so they name types on purpose.
#pragma warning disable CA1720
public enum ParamType
{
    /// <summary>Text.</summary>
    String,
    /// <summary>64-bit integer (<see cref="long"/>).</summary>
    Integer,
    /// <summary>Exact decimal (<see cref="decimal"/>), never a float.</summary>
    Number,
    /// <summary>true/false (also 1/0, yes/no, on/off from text).</summary>
    Boolean,
    /// <summary>A list (repeated query keys, or a JSON array).</summary>
    Array,
    /// <summary>A JSON object (as a dictionary).</summary>
    Object,
    /// <summary>An ISO 8601 date (<see cref="DateOnly"/>).</summary>
    Date,
    /// <summary>An ISO 8601 date and time.</summary>
    Datetime,
}
#pragma warning restore CA1720
