using Scriban.Parsing;
using Scriban.Syntax;
using Sluice.Core.Parameters;

namespace Sluice.Core.Templates;

/// <summary>The variables a parsed template reads and the ones it defines for itself. A read
/// is the root name of an expression (<c>filters</c> in <c>{{ filters.name }}</c>); filter
/// and function names, member names and named arguments (<c>limit:</c>) are not reads. A
/// loop's variable and its loop object (<c>forloop</c>, <c>tablerowloop</c>) are bound inside
/// the loop's body only; names that <c>assign</c> or <c>capture</c> set count as defined
/// everywhere, since a template may set one in either branch of an if and read it after.
/// Names Liquid reads as literals (<c>empty</c>, <c>nil</c>…) and the hidden names the
/// compiler adds (starting with <c>#</c>) are neither.</summary>
internal sealed class TemplateVariables
{
    // Scriban's Liquid parser reads forloop as "for" and tablerowloop as "tablerow".
    private static readonly string[] ForLoopObjects = ["for", "forloop"];
    private static readonly string[] TableRowObjects = ["tablerow", "tablerowloop"];

    private readonly IReadOnlyDictionary<ScriptNode, SourceSpan>? _includeSites;
    private readonly List<string> _bound = [];
    private readonly List<VariableRead> _reads = [];
    private readonly HashSet<string> _defined = new(StringComparer.Ordinal);

    private TemplateVariables(IReadOnlyDictionary<ScriptNode, SourceSpan>? includeSites) => _includeSites = includeSites;

    /// <summary>Every read not bound by an enclosing loop, in document order.</summary>
    public IReadOnlyList<VariableRead> Reads => _reads;

    /// <summary>Names the template (or a macro it includes) assigns or captures.</summary>
    public IReadOnlySet<string> Defined => _defined;

    /// <summary>Walks <paramref name="root"/>; <paramref name="includeSites"/> maps statements
    /// spliced in from macros to their include tags (see <see cref="TemplateCompiler.Compile"/>).</summary>
    public static TemplateVariables Of(ScriptNode root, IReadOnlyDictionary<ScriptNode, SourceSpan>? includeSites = null)
    {
        var variables = new TemplateVariables(includeSites);
        variables.Walk(root, null);
        return variables;
    }

    private void Walk(ScriptNode node, SourceSpan? site)
    {
        if (site is null && _includeSites is not null && _includeSites.TryGetValue(node, out var included))
        {
            site = included;
        }
        switch (node)
        {
            case ScriptVariable variable:
                Read(variable, site);
                return;
            case ScriptMemberExpression member:
                WalkChildren(node, site, member.Member);
                return;
            case ScriptNamedArgument argument:
                WalkChildren(node, site, argument.Name);
                return;
            case ScriptFunctionCall call:
                WalkChildren(node, site, call.Target as ScriptVariable);
                return;
            case ScriptPipeCall pipe:
                WalkChildren(node, site, pipe.To as ScriptVariable);
                return;
            case ScriptAssignExpression assign:
                WalkChildren(node, site, Define(assign.Target));
                return;
            case ScriptCaptureStatement capture:
                WalkChildren(node, site, Define(capture.Target));
                return;
            case ScriptForStatement loop:
                WalkLoop(loop, site);
                return;
            default:
                WalkChildren(node, site, null);
                return;
        }
    }

    private void WalkLoop(ScriptForStatement loop, SourceSpan? site)
    {
        foreach (var child in loop.Children)
        {
            if (child is null || ReferenceEquals(child, loop.Variable))
            {
                continue;
            }
            if (!ReferenceEquals(child, loop.Body))
            {
                // The collection, named arguments and else block are outside the loop.
                Walk(child, site);
                continue;
            }
            var bound = _bound.Count;
            if (loop.Variable is ScriptVariable variable)
            {
                _bound.Add(variable.Name);
            }
            _bound.AddRange(loop is ScriptTableRowStatement ? TableRowObjects : ForLoopObjects);
            Walk(child, site);
            _bound.RemoveRange(bound, _bound.Count - bound);
        }
    }

    private void WalkChildren(ScriptNode node, SourceSpan? site, ScriptNode? skip)
    {
        foreach (var child in node.Children)
        {
            if (child is not null && !ReferenceEquals(child, skip))
            {
                Walk(child, site);
            }
        }
    }

    /// <summary>Notes a bare variable target as defined and returns it, so it is not walked as a
    /// read; returns null for any other target (<c>a.b</c> reads <c>a</c>).</summary>
    private ScriptVariable? Define(ScriptExpression? target)
    {
        if (target is not ScriptVariable variable)
        {
            return null;
        }
        _defined.Add(variable.Name);
        return variable;
    }

    private void Read(ScriptVariable variable, SourceSpan? site)
    {
        // Outside a loop, report the loop object by the name the author wrote.
        var name = variable.Name switch { "for" => "forloop", "tablerow" => "tablerowloop", var other => other };
        if (!name.StartsWith('#') && !ParamName.Literals.Contains(name) && !_bound.Contains(name))
        {
            _reads.Add(new VariableRead(name, variable.Span, site));
        }
    }
}
