using System.Collections.Frozen;

namespace Sluice.Core.Parameters;

/// <summary>Binds and validates an API's parameters. Compiled once when the API is published
/// (patterns compiled, defaults and enum values coerced), then shared by every request:
/// immutable and thread-safe.</summary>
public sealed class ParameterBinder
{
    private readonly CompiledParameter[] parameters;
    private readonly string[] names;
    // Name to position, shared by every request's values.
    private readonly FrozenDictionary<string, int> indexes;

    private ParameterBinder(CompiledParameter[] parameters)
    {
        this.parameters = parameters;
        names = new string[parameters.Length];
        var positions = new Dictionary<string, int>(parameters.Length, StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = parameters[i].Name;
            positions[names[i]] = i;
        }
        indexes = positions.ToFrozenDictionary(StringComparer.Ordinal);
        Names = names;
        HeaderNames = parameters
            .Where(parameter => parameter.Location == ParamLocation.Header)
            .SelectMany(parameter => new[] { parameter.HeaderName, parameter.Name })
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToArray();
    }

    /// <summary>The declared parameter names, in declaration order.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Every request header the header parameters may be read from: for each, the name
    /// with underscores as hyphens (<c>rt_v</c> reads <c>Rt-V</c>) and the name as written. A
    /// server copies these headers into <see cref="RequestInputs.Headers"/>.</summary>
    public IReadOnlyList<string> HeaderNames { get; }

    /// <summary>Checks every definition and reports every problem at once: invalid or
    /// duplicate names, unknown locations or types, invalid patterns, rules that do not apply
    /// to the type, minimums above maximums, enum values and defaults that are not of the type,
    /// and defaults that break their own rules.</summary>
    public static ParameterBinderResult Compile(IReadOnlyList<ParamDefinition> definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        var errors = new List<string>();
        var compiled = new CompiledParameter[definitions.Count];
        // Names that differ only in case are refused too: headers would read them alike.
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < compiled.Length; i++)
        {
            var definition = definitions[i];
            ArgumentNullException.ThrowIfNull(definition, nameof(definitions));
            if (!string.IsNullOrEmpty(definition.Name) && !seen.TryAdd(definition.Name, definition.Name))
            {
                var first = seen[definition.Name];
                errors.Add(first == definition.Name
                    ? $"Parameter '{first}' is declared more than once."
                    : $"Parameter '{definition.Name}' differs from '{first}' only in case; names must differ in more than case.");
            }
            compiled[i] = ParameterCompiler.Compile(definition, errors)!;
        }
        return errors.Count == 0 ? new ParameterBinderResult(new ParameterBinder(compiled), []) : new ParameterBinderResult(null, errors);
    }

    /// <summary>Reads every declared parameter from its own location in the request, coerces
    /// it, applies defaults and checks every rule. <see cref="BindResult.Values"/> holds every
    /// declared parameter (null when absent without a default, or unreadable) and nothing
    /// else; <see cref="BindResult.Errors"/> holds every failure.</summary>
    public BindResult Bind(RequestInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var values = parameters.Length == 0 ? [] : new object?[parameters.Length];
        List<ParamError>? errors = null;
        for (var i = 0; i < parameters.Length; i++)
        {
            var parameter = parameters[i];
            object? value = null;
            switch (parameter.Read(inputs, out var read, out var error))
            {
                case InputState.Present:
                    value = read;
                    parameter.Constraints?.Check(read!, ref errors);
                    break;
                case InputState.Invalid:
                    (errors ??= []).Add(error!);
                    break;
                default:
                    if (parameter.HasDefault)
                    {
                        value = parameter.DefaultValue;
                    }
                    else if (parameter.IsRequired)
                    {
                        (errors ??= []).Add(parameter.RequiredError);
                    }
                    break;
            }
            values[i] = value;
        }
        return new BindResult(new BoundValues(names, indexes, values), errors is null ? [] : errors);
    }
}
