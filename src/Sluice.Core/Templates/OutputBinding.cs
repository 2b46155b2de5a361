using Scriban.Syntax;

namespace Sluice.Core.Templates;

/// <summary>Wraps every output expression (<c>{{ x }}</c>, and tags that print such as
/// <c>cycle</c>) in the bind function. Scriban writes nothing for a null output, so without
/// this <c>{{ missing }}</c> would vanish from the SQL instead of binding NULL.</summary>
internal static class OutputBinding
{
    public static void Apply(ScriptNode root)
    {
        foreach (var statement in ScriptTree.All<ScriptExpressionStatement>(root))
        {
            // {% assign %} prints nothing.
            if (statement.Expression is not { } expression || expression is ScriptAssignExpression)
            {
                continue;
            }
            statement.Expression = null;
            statement.Expression = ScriptTree.Call(TemplateFunctions.Bind, expression, expression.Span);
        }
    }
}
