using Scriban.Parsing;
using Scriban.Syntax;
using Sluice.Core.Naming;
using Sluice.Core.Parameters;

namespace Sluice.Core.Templates;

/// <summary>Checks an API's template against the parameters it declares, when the API is
/// saved, committed or debugged: first the syntax (exactly as <see cref="SqlTemplate.Parse(string, TemplateOptions)"/>),
/// then every variable it reads, in the template and in the macros it includes. A read must
/// name a declared parameter, a variable the template or a macro assigns or captures, a loop
/// variable inside its loop, or <c>today</c>/<c>now</c>; otherwise it is an error at its line
/// and column (a read inside a macro is placed at the include tag and names the macro's own
/// line and column), since at run time it would bind NULL without a word. Declared parameters
/// the template never reads come back as warnings; path parameters never do, as the route
/// reads them.</summary>
public static class TemplateCheck
{
    private static readonly string[] Builtins = ["today", "now"];

    /// <summary>Checks <paramref name="source"/> parsed with <paramref name="options"/> against
    /// <paramref name="parameters"/>.</summary>
    public static TemplateCheckResult Run(string source, TemplateOptions options, IReadOnlyList<ParamDefinition> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        // A definition without a name is the parameters' own error, reported beside these.
        parameters = [.. parameters.Where(parameter => !string.IsNullOrEmpty(parameter.Name))];
        var sites = new Dictionary<ScriptNode, SourceSpan>(ReferenceEqualityComparer.Instance);
        var parsed = SqlTemplate.Parse(source, options, sites);
        if (parsed.Template is null)
        {
            return new TemplateCheckResult(null, parsed.Errors, []);
        }
        var variables = TemplateVariables.Of(parsed.Template.Page, sites);
        var known = new HashSet<string>(variables.Defined, StringComparer.Ordinal);
        known.UnionWith(parameters.Select(parameter => parameter.Name));
        var errors = new List<TemplateError>();
        foreach (var read in variables.Reads)
        {
            if (!known.Contains(read.Name) && !Builtins.Contains(read.Name))
            {
                errors.Add(Undeclared(read, known));
            }
        }
        var reads = variables.Reads.Select(read => read.Name).ToHashSet(StringComparer.Ordinal);
        var warnings = parameters.Where(parameter => parameter.Location != ParamLocation.Path && !reads.Contains(parameter.Name))
            .Select(parameter => $"parameter '{parameter.Name}' is declared but the template never reads it.")
            .ToArray();
        return new TemplateCheckResult(parsed.Template, errors, warnings);
    }

    /// <summary>The variables a template fragment (a macro) reads without setting them itself:
    /// what an API that includes it must declare. Sorted; empty when the syntax is wrong.</summary>
    public static IReadOnlyList<string> FreeVariables(string source, TemplateOptions options)
    {
        var parsed = SqlTemplate.Parse(source, options);
        if (parsed.Template is null)
        {
            return [];
        }
        var variables = TemplateVariables.Of(parsed.Template.Page);
        return [.. variables.Reads.Select(read => read.Name)
            .Where(name => !variables.Defined.Contains(name) && !Builtins.Contains(name))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];
    }

    private static TemplateError Undeclared(VariableRead read, IEnumerable<string> known)
    {
        var hint = ClosestName.Of(read.Name, known) is { } meant ? $" (did you mean '{meant}'?)" : "";
        var message = $"'{read.Name}' is not a declared parameter{hint}; declare it in params or fix the name.";
        if (read.IncludedAt is not { } include)
        {
            var (line, column) = ScriptTree.Position(read.Span);
            return new TemplateError(line, column, message, read.Name);
        }
        var (macroLine, macroColumn) = ScriptTree.Position(read.Span);
        var (includeLine, includeColumn) = ScriptTree.Position(include);
        return new TemplateError(includeLine, includeColumn,
            $"In {TemplateCompiler.DescribeSource(read.Span)}line {macroLine}, column {macroColumn}: {message}", read.Name);
    }
}
