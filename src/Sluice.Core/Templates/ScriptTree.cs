using Scriban.Parsing;
using Scriban.Syntax;

namespace Sluice.Core.Templates;

/// <summary>Walking and building Scriban syntax trees.</summary>
internal static class ScriptTree
{
    /// <summary>Every node of type <typeparamref name="T"/> under <paramref name="root"/>, in
    /// document order, collected first so callers may change the tree as they go.</summary>
    public static List<T> All<T>(ScriptNode root) where T : ScriptNode
    {
        var found = new List<T>();
        var pending = new Stack<ScriptNode>();
        pending.Push(root);
        var children = new List<ScriptNode>();
        while (pending.TryPop(out var node))
        {
            if (node is T match)
            {
                found.Add(match);
            }
            children.Clear();
            foreach (var child in node.Children)
            {
                if (child is not null)
                {
                    children.Add(child);
                }
            }
            for (var i = children.Count - 1; i >= 0; i--)
            {
                pending.Push(children[i]);
            }
        }
        return found;
    }

    /// <summary>A call of the global function <paramref name="name"/> with one argument.</summary>
    public static ScriptFunctionCall Call(string name, ScriptExpression argument, SourceSpan span)
    {
        var call = new ScriptFunctionCall { Target = ScriptVariable.Create(name, ScriptVariableScope.Global), Span = span };
        call.Arguments.Add(argument);
        return call;
    }

    /// <summary>The name of a bare global variable, e.g. <c>where</c> in <c>{% where %}</c>.</summary>
    public static string? VariableName(ScriptExpression? expression) =>
        expression is ScriptVariableGlobal variable ? variable.Name : null;

    /// <summary>1-based line and column of a span's start.</summary>
    public static (int Line, int Column) Position(SourceSpan span) => (span.Start.Line + 1, span.Start.Column + 1);
}
