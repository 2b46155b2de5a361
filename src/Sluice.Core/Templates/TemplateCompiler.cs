using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace Sluice.Core.Templates;

/// <summary>Parses a template and its macros with Scriban's Liquid parser and rewrites the
/// tree once, at publish time: macros spliced in, where/set blocks turned into clause
/// outputs, every output wrapped in the bind function.</summary>
internal sealed class TemplateCompiler
{
    private const int MaxIncludes = 256;
    private const string MacroPathPrefix = "macro '";
    private static readonly ParserOptions Options = new() { ParseFloatAsDecimal = true };

    private readonly IReadOnlyDictionary<string, string> _macros;
    private readonly Dictionary<ScriptNode, SourceSpan>? _includeSites;
    private readonly List<string> _including = [];
    private int _includes;
    private int _captures;

    private TemplateCompiler(IReadOnlyDictionary<string, string> macros, Dictionary<ScriptNode, SourceSpan>? includeSites)
    {
        _macros = macros;
        _includeSites = includeSites;
    }

    /// <summary>The rewritten template, or null with the errors added to <paramref name="errors"/>.</summary>
    /// <param name="source">The template's Liquid source.</param>
    /// <param name="macros">Macro sources by include name.</param>
    /// <param name="errors">Where problems are added.</param>
    /// <param name="includeSites">When given, receives each statement spliced in from a macro
    /// with the span of the include tag that brought it in the template itself (the outermost
    /// include, for a macro included by a macro).</param>
    public static Template? Compile(string source, IReadOnlyDictionary<string, string> macros, List<TemplateError> errors,
        Dictionary<ScriptNode, SourceSpan>? includeSites = null)
    {
        var template = new TemplateCompiler(macros, includeSites).Load(source, null, errors);
        if (template?.Page is { } page)
        {
            OutputBinding.Apply(page);
        }
        return template;
    }

    /// <summary>"macro 'name', " for a span inside a macro, "" for the template itself.</summary>
    public static string DescribeSource(SourceSpan span) =>
        span.FileName is { } file && file.StartsWith(MacroPathPrefix, StringComparison.Ordinal) ? file + ", " : "";

    private Template? Load(string source, string? macroName, List<TemplateError> errors)
    {
        var before = errors.Count;
        CheckReservedCharacters(source, errors);
        var template = Template.ParseLiquid(source, macroName is null ? null : MacroPathPrefix + macroName + "'", Options);
        foreach (var message in template.Messages)
        {
            if (message.Type == ParserMessageType.Error)
            {
                var (line, column) = ScriptTree.Position(message.Span);
                errors.Add(new TemplateError(line, column, message.Message));
            }
        }
        if (errors.Count > before || template.Page is not { } page)
        {
            return null;
        }
        FilterNames.Check(page, errors);
        ClauseBlocks.Apply(page, source, errors, ref _captures);
        ExpandIncludes(page, errors);
        return errors.Count > before ? null : template;
    }

    private void ExpandIncludes(ScriptPage page, List<TemplateError> errors)
    {
        foreach (var statement in ScriptTree.All<ScriptExpressionStatement>(page))
        {
            if (statement.Expression is not ScriptFunctionCall call || ScriptTree.VariableName(call.Target) != FilterNames.Include)
            {
                continue;
            }
            var (line, column) = ScriptTree.Position(statement.Span);
            if (call.Arguments.Count != 1 || call.Arguments[0] is not ScriptLiteral { Value: string name })
            {
                errors.Add(new TemplateError(line, column, "include takes one quoted macro name: {% include 'macro_name' %}."));
                continue;
            }
            if (LoadMacro(name, line, column, errors) is { } body)
            {
                Splice(statement, body);
            }
        }
    }

    private ScriptBlockStatement? LoadMacro(string name, int line, int column, List<TemplateError> errors)
    {
        if (!_macros.TryGetValue(name, out var source))
        {
            return Fail($"Unknown macro '{name}'.");
        }
        if (_including.Contains(name))
        {
            return Fail($"Macro '{name}' includes itself: {string.Join(" -> ", _including)} -> {name}.");
        }
        if (++_includes > MaxIncludes)
        {
            return Fail($"More than {MaxIncludes} includes; macros are expanded into the template at parse time.");
        }
        _including.Add(name);
        var macroErrors = new List<TemplateError>();
        var template = Load(source, name, macroErrors);
        _including.RemoveAt(_including.Count - 1);
        foreach (var error in macroErrors)
        {
            errors.Add(new TemplateError(line, column, $"In macro '{name}', {error}"));
        }
        return template?.Page?.Body;

        ScriptBlockStatement? Fail(string message)
        {
            errors.Add(new TemplateError(line, column, message));
            return null;
        }
    }

    /// <summary>Replaces the include statement with the macro's statements.</summary>
    private void Splice(ScriptExpressionStatement include, ScriptBlockStatement body)
    {
        var statements = (ScriptList<ScriptStatement>)include.Parent!;
        var index = statements.IndexOf(include);
        statements.RemoveAt(index);
        while (body.Statements.Count > 0)
        {
            var statement = body.Statements[0];
            body.Statements.RemoveAt(0);
            statements.Insert(index++, statement);
            if (_includeSites is not null)
            {
                // Outer includes splice later, so the outermost site is the one that stays.
                _includeSites[statement] = include.Span;
            }
        }
    }

    private static void CheckReservedCharacters(string source, List<TemplateError> errors)
    {
        var at = ParameterMarkers.IndexOfAny(source);
        if (at < 0)
        {
            return;
        }
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < at; i++)
        {
            if (source[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }
        errors.Add(new TemplateError(line, at - lineStart + 1, $"The character U+{(int)source[at]:X4} is reserved for parameter markers."));
    }
}
