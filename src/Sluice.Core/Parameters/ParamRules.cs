namespace Sluice.Core.Parameters;

/// <summary>The rule names a <see cref="ParamError"/> reports.</summary>
public static class ParamRules
{
    /// <summary>A required parameter without a default was absent.</summary>
    public const string Required = "required";
    /// <summary>The input could not be read as the parameter's type, or a single-valued
    /// parameter was given more than once.</summary>
    public const string Type = "type";
    /// <summary>A string (or an array item) did not match the pattern in full, or matching
    /// took too long.</summary>
    public const string Pattern = "pattern";
    /// <summary>A number was below the minimum.</summary>
    public const string Minimum = "minimum";
    /// <summary>A number was above the maximum.</summary>
    public const string Maximum = "maximum";
    /// <summary>A string had too few characters, or an array too few items.</summary>
    public const string MinLength = "min_length";
    /// <summary>A string had too many characters, or an array too many items.</summary>
    public const string MaxLength = "max_length";
    /// <summary>A value (or an array item) was not one of the allowed values.</summary>
    public const string Enum = "enum";
    /// <summary>The parameter's validate script refused the value.</summary>
    public const string Validate = "validate";
    /// <summary>The parameter's validate script failed (threw, hit a limit, or answered
    /// something other than true, false or a message): a bug of the API, reported as the
    /// parameter's error so the caller is never answered 500 for their input.</summary>
    public const string ValidateFailed = "validate_failed";
}
