using Scriban.Syntax;

namespace Sluice.Core.Templates;

/// <summary>Turns <c>{% where %}...{% endwhere %}</c> and <c>{% set %}...{% endset %}</c> into
/// a capture of the content followed by an output of the hidden clause function, and reports
/// any other unknown <c>{% word %}</c> tag. Scriban's Liquid parser reads an unknown tag as a
/// bare variable output, so the pairs are found as statements in one block and rewritten
/// there; the opening and closing tag must therefore sit in the same block (both inside the
/// same if or for, or both outside).</summary>
internal static class ClauseBlocks
{
    private static readonly (string Open, string Close, string Function)[] Kinds =
    [
        ("where", "endwhere", TemplateFunctions.Where),
        ("set", "endset", TemplateFunctions.Set),
    ];

    /// <summary>Rewrites every pair under <paramref name="root"/>; <paramref name="source"/> is
    /// the text it was parsed from, <paramref name="captures"/> numbers the hidden capture
    /// variables across a template and its macros.</summary>
    public static void Apply(ScriptNode root, string source, List<TemplateError> errors, ref int captures)
    {
        foreach (var block in ScriptTree.All<ScriptBlockStatement>(root))
        {
            var statements = block.Statements;
            var open = new Stack<(int Index, int Kind)>();
            for (var i = 0; i < statements.Count; i++)
            {
                if (BareTagName(statements[i], source) is not { } name)
                {
                    continue;
                }
                if (!TryGetKind(name, out var kind, out var closes))
                {
                    // Scriban reads any unknown {% word %} as an output of that variable.
                    AddError(errors, statements[i], $"Unknown tag {{% {name} %}}.");
                    continue;
                }
                if (!closes)
                {
                    open.Push((i, kind));
                    continue;
                }
                if (!open.TryPop(out var start) || start.Kind != kind)
                {
                    AddError(errors, statements[i], $"{{% {Kinds[kind].Close} %}} has no matching {{% {Kinds[kind].Open} %}} in the same block.");
                    open.Clear();
                    break;
                }
                Rewrite(statements, start.Index, i, Kinds[kind].Function, captures++);
                i = start.Index + 1;
            }
            foreach (var (index, kind) in open)
            {
                AddError(errors, statements[index], $"{{% {Kinds[kind].Open} %}} is not closed by {{% {Kinds[kind].Close} %}} in the same block.");
            }
        }
    }

    /// <summary>Statements open..close become: capture #clauseN { between } and #fn(#clauseN).</summary>
    private static void Rewrite(ScriptList<ScriptStatement> statements, int open, int close, string function, int number)
    {
        var name = "#clause" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var openTag = statements[open];
        var closeTag = statements[close];
        var body = new ScriptBlockStatement { Span = openTag.Span };
        for (var i = open + 1; i < close; i++)
        {
            var inner = statements[open + 1];
            statements.RemoveAt(open + 1);
            body.Statements.Add(inner);
        }
        var capture = new ScriptCaptureStatement
        {
            Target = ScriptVariable.Create(name, ScriptVariableScope.Global),
            Body = body,
            Span = openTag.Span,
        };
        var output = new ScriptExpressionStatement
        {
            Expression = ScriptTree.Call(function, ScriptVariable.Create(name, ScriptVariableScope.Global), closeTag.Span),
            Span = closeTag.Span,
        };
        statements[open] = capture;
        statements[open + 1] = output;
    }

    /// <summary>The name in a statement written <c>{% name %}</c> (not <c>{{ name }}</c>), else null.</summary>
    private static string? BareTagName(ScriptStatement statement, string source) =>
        statement is ScriptExpressionStatement { Expression: var expression }
        && ScriptTree.VariableName(expression) is { } name
        && IsWrittenAsTag(source, statement.Span.Start.Offset)
            ? name
            : null;

    private static bool TryGetKind(string name, out int kind, out bool closes)
    {
        for (kind = 0; kind < Kinds.Length; kind++)
        {
            if (name == Kinds[kind].Open || name == Kinds[kind].Close)
            {
                closes = name == Kinds[kind].Close;
                return true;
            }
        }
        closes = false;
        return false;
    }

    private static bool IsWrittenAsTag(string source, int offset)
    {
        var i = Math.Min(offset, source.Length) - 1;
        while (i >= 0 && (char.IsWhiteSpace(source[i]) || source[i] == '-'))
        {
            i--;
        }
        return i >= 1 && source[i] == '%' && source[i - 1] == '{';
    }

    private static void AddError(List<TemplateError> errors, ScriptStatement statement, string message)
    {
        var (line, column) = ScriptTree.Position(statement.Span);
        errors.Add(new TemplateError(line, column, message));
    }
}
