using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace Sluice.Core.Templates;

/// <summary>Parses a template with Scriban's Liquid parser and rewrites the tree once, at
/// publish time: where/set blocks turned into clause outputs, every output wrapped in the
/// bind function.</summary>
internal static class TemplateCompiler
{
    private static readonly ParserOptions Options = new() { ParseFloatAsDecimal = true };

    /// <summary>The rewritten template, or null with the errors added to <paramref name="errors"/>.</summary>
    public static Template? Compile(string source, List<TemplateError> errors)
    {
        var template = Load(source, errors);
        if (template?.Page is { } page)
        {
            OutputBinding.Apply(page);
        }
        return template;
    }

    private static Template? Load(string source, List<TemplateError> errors)
    {
        var before = errors.Count;
        CheckReservedCharacters(source, errors);
        var template = Template.ParseLiquid(source, null, Options);
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
        var captures = 0;
        ClauseBlocks.Apply(page, source, errors, ref captures);
        return errors.Count > before ? null : template;
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
