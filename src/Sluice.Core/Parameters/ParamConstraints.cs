using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Sluice.Core.Parameters;

/// <summary>A parameter's validation rules, prepared once: the pattern compiled, the enum
/// values coerced to the type. Immutable and safe to share between requests.</summary>
internal sealed class ParamConstraints(string name)
{
    /// <summary>Anchored to match the whole input, with a match timeout.</summary>
    public Regex? Pattern { get; init; }
    /// <summary>The pattern as the operator wrote it, for messages.</summary>
    public string? PatternText { get; init; }
    public decimal? Minimum { get; init; }
    public decimal? Maximum { get; init; }
    public int? MinLength { get; init; }
    public int? MaxLength { get; init; }
    /// <summary>Allowed values of the type; for arrays, the allowed item texts.</summary>
    public FrozenSet<object>? Enum { get; init; }
    /// <summary>The allowed values as a message lists them.</summary>
    public string? EnumText { get; init; }

    public bool IsEmpty => Pattern is null && Minimum is null && Maximum is null
        && MinLength is null && MaxLength is null && Enum is null;

    /// <summary>Adds one error per broken rule.</summary>
    public void Check(object value, ref List<ParamError>? errors)
    {
        switch (value)
        {
            case string text:
                if (MinLength is not null || MaxLength is not null)
                {
                    CheckLength(CharacterCount(text), isList: false, ref errors);
                }
                if (Pattern is not null && !Matches(text))
                {
                    Add(ref errors, ParamRules.Pattern, $"{name} must match the pattern {PatternText}.");
                }
                CheckEnum(value, ref errors);
                break;
            case long integer:
                CheckRange(integer, ref errors);
                CheckEnum(value, ref errors);
                break;
            case decimal number:
                CheckRange(number, ref errors);
                CheckEnum(value, ref errors);
                break;
            case IReadOnlyList<object?> items:
                CheckLength(items.Count, isList: true, ref errors);
                CheckItems(items, ref errors);
                break;
            default:
                CheckEnum(value, ref errors);
                break;
        }
    }

    private void CheckRange(decimal number, ref List<ParamError>? errors)
    {
        if (number < Minimum)
        {
            Add(ref errors, ParamRules.Minimum, string.Create(CultureInfo.InvariantCulture, $"{name} must be at least {Minimum} (got {number})."));
        }
        if (number > Maximum)
        {
            Add(ref errors, ParamRules.Maximum, string.Create(CultureInfo.InvariantCulture, $"{name} must be at most {Maximum} (got {number})."));
        }
    }

    private void CheckLength(int length, bool isList, ref List<ParamError>? errors)
    {
        if (length < MinLength)
        {
            Add(ref errors, ParamRules.MinLength, isList
                ? string.Create(CultureInfo.InvariantCulture, $"{name} must have at least {MinLength} items (got {length}).")
                : string.Create(CultureInfo.InvariantCulture, $"{name} must be at least {MinLength} characters long (got {length})."));
        }
        if (length > MaxLength)
        {
            Add(ref errors, ParamRules.MaxLength, isList
                ? string.Create(CultureInfo.InvariantCulture, $"{name} must have at most {MaxLength} items (got {length}).")
                : string.Create(CultureInfo.InvariantCulture, $"{name} must be at most {MaxLength} characters long (got {length})."));
        }
    }

    private void CheckEnum(object value, ref List<ParamError>? errors)
    {
        if (Enum is not null && !Enum.Contains(value))
        {
            Add(ref errors, ParamRules.Enum, $"{name} must be one of {EnumText} (got {ParamMessages.Echo(value)}).");
        }
    }

    // An array's pattern and enum apply to each item's text; one error per rule names the
    // first item that breaks it.
    private void CheckItems(IReadOnlyList<object?> items, ref List<ParamError>? errors)
    {
        if (Pattern is null && Enum is null)
        {
            return;
        }
        var patternFailed = Pattern is null;
        var enumFailed = Enum is null;
        for (var i = 0; i < items.Count && !(patternFailed && enumFailed); i++)
        {
            var text = ItemText.Of(items[i]);
            if (!patternFailed && (text is null || !Matches(text)))
            {
                patternFailed = true;
                Add(ref errors, ParamRules.Pattern, string.Create(CultureInfo.InvariantCulture,
                    $"Each item of {name} must match the pattern {PatternText} (item {i + 1} is {ParamMessages.Echo(items[i])})."));
            }
            if (!enumFailed && (text is null || !Enum!.Contains(text)))
            {
                enumFailed = true;
                Add(ref errors, ParamRules.Enum, string.Create(CultureInfo.InvariantCulture,
                    $"Each item of {name} must be one of {EnumText} (item {i + 1} is {ParamMessages.Echo(items[i])})."));
            }
        }
    }

    // A pattern that takes too long is a failed match, so a catastrophic pattern cannot hold
    // a request (or a thread) hostage.
    private bool Matches(string text)
    {
        try
        {
            return Pattern!.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    // Databases count characters as code points (a surrogate pair is one character).
    private static int CharacterCount(string text)
    {
        var count = text.Length;
        for (var i = 1; i < text.Length; i++)
        {
            if (char.IsLowSurrogate(text[i]) && char.IsHighSurrogate(text[i - 1]))
            {
                count--;
            }
        }
        return count;
    }

    private void Add(ref List<ParamError>? errors, string rule, string message) =>
        (errors ??= []).Add(new ParamError(name, rule, message));
}
