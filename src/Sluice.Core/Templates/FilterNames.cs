using Scriban.Syntax;

namespace Sluice.Core.Templates;

/// <summary>Reports calls of filters and functions that do not exist, at parse time rather
/// than on the first request that reaches them.</summary>
internal static class FilterNames
{
    public const string Include = "include";

    public static void Check(ScriptNode root, List<TemplateError> errors)
    {
        foreach (var pipe in ScriptTree.All<ScriptPipeCall>(root))
        {
            // "x | upcase" pipes into a bare name; "x | default: 1" into a call, checked below.
            if (pipe.To is { } target && ScriptTree.VariableName(target) is { } name)
            {
                CheckName(name, target, errors);
            }
        }
        foreach (var call in ScriptTree.All<ScriptFunctionCall>(root))
        {
            if (call.Target is not { } target
                || ScriptTree.VariableName(target) is not { } name
                || (name == Include && call.Parent is ScriptExpressionStatement))
            {
                continue;
            }
            CheckName(name, target, errors);
        }
    }

    private static void CheckName(string name, ScriptNode node, List<TemplateError> errors)
    {
        if (TemplateFunctions.KnownNames.Contains(name))
        {
            return;
        }
        var (line, column) = ScriptTree.Position(node.Span);
        errors.Add(new TemplateError(line, column, name == Include
            ? "include is only available as a tag: {% include 'macro_name' %}."
            : $"Unknown filter '{name}'."));
    }
}
