using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Sluice.Core.Parameters;

/// <summary>Checks one <see cref="ParamDefinition"/> and prepares it for binding. Runs at
/// publish time, so it may be as thorough (and allocate as much) as it likes.</summary>
internal static class ParameterCompiler
{
    /// <summary>Longest a pattern may take on one input before the input counts as not matching.</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(100);

    private const int MaxEnumValuesShown = 10;

    /// <summary>The compiled parameter, or null after adding every problem to <paramref name="errors"/>.</summary>
    public static CompiledParameter? Compile(ParamDefinition definition, List<string> errors)
    {
        var name = definition.Name;
        var type = definition.DataType;
        var problems = new List<string>();
        if (ParamName.Problem(name) is { } nameProblem)
        {
            problems.Add(nameProblem);
        }
        if (!Enum.IsDefined(definition.Location))
        {
            problems.Add("has an unknown location.");
        }
        var knownType = Enum.IsDefined(type);
        if (!knownType)
        {
            problems.Add("has an unknown data type.");
        }
        else if (type == ParamType.Object && definition.Location != ParamLocation.Body)
        {
            problems.Add("is an object, which only a JSON body can carry; set its location to body.");
        }

        CheckRange(definition, problems);
        CheckLengths(definition, problems);
        var constraints = new ParamConstraints(name)
        {
            Pattern = CompilePattern(definition, problems),
            PatternText = definition.Pattern,
            Minimum = definition.Minimum,
            Maximum = definition.Maximum,
            MinLength = definition.MinLength,
            MaxLength = definition.MaxLength,
            Enum = knownType ? CompileEnum(definition, problems) : null,
            EnumText = EnumText(definition.Enum),
        };
        var (hasDefault, defaultValue) = knownType ? CompileDefault(definition, constraints, problems) : (false, null);

        foreach (var problem in problems)
        {
            errors.Add($"Parameter '{name}' {problem}");
        }
        if (problems.Count > 0)
        {
            return null;
        }
        return new CompiledParameter
        {
            Name = name,
            Location = definition.Location,
            Type = type,
            IsRequired = definition.IsRequired,
            HeaderName = ParamName.Header(name),
            HasDefault = hasDefault,
            DefaultValue = defaultValue,
            Constraints = constraints.IsEmpty ? null : constraints,
            RequiredError = ParamMessages.Required(name),
        };
    }

    private static Regex? CompilePattern(ParamDefinition definition, List<string> problems)
    {
        // An empty pattern is how editors say "no pattern".
        if (string.IsNullOrEmpty(definition.Pattern))
        {
            return null;
        }
        if (definition.DataType is not (ParamType.String or ParamType.Array))
        {
            problems.Add("has a pattern, which applies only to string and array parameters.");
            return null;
        }
        try
        {
            // Parsed alone first, so a pattern cannot close the anchoring group early
            // ("a)|(b") and escape the whole-input match.
            _ = new Regex(definition.Pattern, RegexOptions.CultureInvariant);
            return new Regex($"\\A(?:{definition.Pattern})\\z",
                RegexOptions.CultureInvariant | RegexOptions.Compiled, MatchTimeout);
        }
        catch (ArgumentException ex)
        {
            problems.Add($"has an invalid pattern: {ex.Message}");
            return null;
        }
    }

    private static void CheckRange(ParamDefinition definition, List<string> problems)
    {
        if (definition.Minimum is null && definition.Maximum is null)
        {
            return;
        }
        if (definition.DataType is not (ParamType.Integer or ParamType.Number))
        {
            problems.Add("has a minimum or maximum, which applies only to integer and number parameters.");
        }
        else if (definition.Minimum > definition.Maximum)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"has a minimum ({definition.Minimum}) greater than its maximum ({definition.Maximum})."));
        }
    }

    private static void CheckLengths(ParamDefinition definition, List<string> problems)
    {
        var (min, max) = (definition.MinLength, definition.MaxLength);
        if (min is null && max is null)
        {
            return;
        }
        if (definition.DataType is not (ParamType.String or ParamType.Array))
        {
            problems.Add("has a min_length or max_length, which applies only to string and array parameters.");
        }
        if (min < 0 || max < 0)
        {
            problems.Add("has a negative min_length or max_length.");
        }
        else if (min > max)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"has a min_length ({min}) greater than its max_length ({max})."));
        }
    }

    private static FrozenSet<object>? CompileEnum(ParamDefinition definition, List<string> problems)
    {
        // An empty list is how editors say "no enum": allowing nothing at all would be useless.
        if (definition.Enum is not { Count: > 0 } values)
        {
            return null;
        }
        var type = definition.DataType;
        if (type == ParamType.Object)
        {
            problems.Add("has an enum, which does not apply to object parameters.");
            return null;
        }
        var allowed = new HashSet<object>();
        foreach (var element in values)
        {
            if (EnumValue(type, element) is { } value)
            {
                allowed.Add(value);
            }
            else
            {
                var expected = type == ParamType.Array ? "a string, number or boolean (an item)" : ParamMessages.Describe(type);
                problems.Add($"has an enum value {ParamMessages.Echo(element, type)} that is not {expected}.");
            }
        }
        return allowed.ToFrozenSet();
    }

    // Array enums constrain each item, compared as text (see ItemText).
    private static object? EnumValue(ParamType type, JsonElement element)
    {
        if (type != ParamType.Array)
        {
            return JsonCoercion.Coerce(type, element, out var value) == InputState.Present ? value : null;
        }
        return element.ValueKind is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False
            && JsonValues.TryConvert(element, out var item) ? ItemText.Of(item) : null;
    }

    private static string? EnumText(IReadOnlyList<JsonElement>? values)
    {
        if (values is not { Count: > 0 })
        {
            return null;
        }
        var shown = values.Take(MaxEnumValuesShown).Select(value => value.GetRawText());
        var more = values.Count > MaxEnumValuesShown ? ", …" : "";
        return string.Join(", ", shown) + more;
    }

    // Coerced and checked now, so a bad default fails the publish, not every request.
    private static (bool, object?) CompileDefault(ParamDefinition definition, ParamConstraints constraints, List<string> problems)
    {
        if (definition.DefaultValue is not { ValueKind: not (JsonValueKind.Null or JsonValueKind.Undefined) } json)
        {
            return (false, null);
        }
        var type = definition.DataType;
        if (JsonCoercion.Coerce(type, json, out var value) != InputState.Present)
        {
            problems.Add($"has a default ({ParamMessages.Echo(json, type)}) that is not {ParamMessages.Describe(type)}.");
            return (false, null);
        }
        List<ParamError>? broken = null;
        constraints.Check(value!, ref broken);
        foreach (var error in broken ?? [])
        {
            problems.Add($"has a default that breaks its own {error.Rule} rule: {error.Message}");
        }
        return (broken is null, value);
    }
}
