using Scriban.Runtime;
using Scriban.Syntax;

namespace Sluice.Core.Templates;

/// <summary>Finds the names a template reads as values that are also filter names, such as
/// <c>sort</c>, <c>date</c> or <c>size</c>. A request that omits such a parameter would
/// otherwise call the filter with no arguments and fail; rendering sets these names to null
/// when the request lacks them, so they bind NULL like any undefined name. A name the template
/// also uses as a filter is left alone.</summary>
internal static class BuiltinShadows
{
    private static readonly string[] ValueFunctions = ["today", "now"];

    public static string[] Find(ScriptNode root)
    {
        var read = new HashSet<string>(StringComparer.Ordinal);
        var called = new HashSet<string>(StringComparer.Ordinal);
        foreach (var variable in ScriptTree.All<ScriptVariableGlobal>(root))
        {
            var name = variable.Name;
            var isCalled = variable.Parent switch
            {
                ScriptFunctionCall call => ReferenceEquals(call.Target, variable),
                ScriptPipeCall pipe => ReferenceEquals(pipe.To, variable),
                ScriptMemberExpression member => ReferenceEquals(member.Target, variable),
                _ => false,
            };
            (isCalled ? called : read).Add(name);
        }
        read.ExceptWith(called);
        read.RemoveWhere(name => !IsFunction(name) || ValueFunctions.Contains(name));
        return [.. read];
    }

    private static bool IsFunction(string name) =>
        TemplateFunctions.KnownNames.Contains(name)
        && (TemplateFunctions.Shared.TryGetValue(name, out var function) || TemplateFunctions.LiquidBuiltins.TryGetValue(name, out function))
        && function is IScriptCustomFunction;
}
