using Scriban.Syntax;

namespace Sluice.Core.Templates;

/// <summary>The statements of a template made only of SQL text and bare parameters
/// (<c>SELECT … WHERE id = {{ id }}</c>: no tags, filters, functions or members), which render
/// to the same SQL for every request whose values are single values. Learnt once per dialect by
/// rendering with a placeholder value per name; afterwards a request's command is that SQL with
/// its own values in order, without a render. Any other value (a list expands to several
/// placeholders, an object is refused) goes through the full render.</summary>
internal sealed class FixedShape
{
    // Per dialect: not learnt yet (null), learnt (a shape), or found not fixed (NotFixed).
    private static readonly Statement[] NotFixed = [];

    private readonly string[] _names;
    private readonly Statement[]?[] _byDialect = new Statement[]?[Enum.GetValues<SqlDialect>().Length];

    private FixedShape(string[] names) => _names = names;

    private sealed record Statement(string Sql, string[] Names);

    /// <summary>The shape of <paramref name="page"/> when it is only text and bare parameters; null otherwise.</summary>
    public static FixedShape? Of(ScriptPage page)
    {
        if (page.Body is not { } body)
        {
            return null;
        }
        var names = new List<string>();
        foreach (var statement in body.Statements)
        {
            switch (statement)
            {
                // Text, and the {{ }} around an output (they write nothing themselves).
                case ScriptRawStatement or ScriptEscapeStatement:
                    continue;
                case ScriptExpressionStatement
                {
                    Expression: ScriptFunctionCall { Target: ScriptVariableGlobal { Name: TemplateFunctions.Bind }, Arguments: [ScriptVariableGlobal variable] },
                } when !TemplateFunctions.KnownNames.Contains(variable.Name) && !variable.Name.StartsWith('#'):
                    names.Add(variable.Name);
                    continue;
                default:
                    return null;
            }
        }
        return new FixedShape([.. names.Distinct(StringComparer.Ordinal)]);
    }

    /// <summary>The command for <paramref name="values"/> without a render, or null when the
    /// template must be rendered (a value that is not a single value, or a shape that turned
    /// out not fixed). <paramref name="template"/> is rendered once per dialect to learn the shape.</summary>
    public BoundCommand? TryBind(IReadOnlyDictionary<string, object?> values, SqlDialect dialect, SqlTemplate template)
    {
        foreach (var name in _names)
        {
            if (values.TryGetValue(name, out var value) && !OutputBinder.BindsAsItIs(value))
            {
                return null;
            }
        }
        var statements = _byDialect[(int)dialect] ??= Learn(template, dialect);
        if (statements.Length == 0)
        {
            return null;
        }
        var bound = new BoundStatement[statements.Length];
        for (var i = 0; i < statements.Length; i++)
        {
            var statement = statements[i];
            var statementValues = new object?[statement.Names.Length];
            for (var j = 0; j < statementValues.Length; j++)
            {
                statementValues[j] = values.TryGetValue(statement.Names[j], out var value) ? value : null;
            }
            bound[i] = new BoundStatement(statement.Sql, statementValues);
        }
        return new BoundCommand(bound);
    }

    // Renders with a distinct text per name, then reads back which name each placeholder holds.
    private Statement[] Learn(SqlTemplate template, SqlDialect dialect)
    {
        var probes = _names.ToDictionary(name => name, name => (object?)new string($"\u0001{name}\u0001"), StringComparer.Ordinal);
        var nameOf = probes.ToDictionary(pair => pair.Value!, pair => pair.Key, ReferenceEqualityComparer.Instance);
        if (template.RenderFully(probes, dialect).Command is not { } command)
        {
            return NotFixed;
        }
        var statements = new Statement[command.Statements.Count];
        for (var i = 0; i < statements.Length; i++)
        {
            var statement = command.Statements[i];
            var names = new string[statement.Values.Count];
            for (var j = 0; j < names.Length; j++)
            {
                if (statement.Values[j] is not { } probe || !nameOf.TryGetValue(probe, out var name))
                {
                    return NotFixed;
                }
                names[j] = name;
            }
            statements[i] = new Statement(statement.Sql, names);
        }
        return statements;
    }
}
