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

    // Work still to do, last first. The walk is iterative: macros spliced into nested blocks
    // may nest deeper than the parser's own limit for one source.
    private readonly Stack<Step> _pending = new();
    private readonly List<ScriptNode> _children = [];

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
        variables._pending.Push(new Step(root, null, null, 0));
        while (variables._pending.TryPop(out var step))
        {
            variables.Take(step);
        }
        return variables;
    }

    /// <summary>One node to visit with the include site it lies under, or (with no node) the end
    /// of a loop body, where the names the loop bound are unbound again.</summary>
    private readonly record struct Step(ScriptNode? Node, SourceSpan? Site, string[]? Binds, int UnbindTo);

    private void Take(Step step)
    {
        if (step.Node is not { } node)
        {
            _bound.RemoveRange(step.UnbindTo, _bound.Count - step.UnbindTo);
            return;
        }
        if (step.Binds is { } names)
        {
            _bound.AddRange(names);
        }
        var site = step.Site;
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
                PushChildren(node, site, member.Member);
                return;
            case ScriptNamedArgument argument:
                PushChildren(node, site, argument.Name);
                return;
            case ScriptFunctionCall call:
                PushChildren(node, site, call.Target as ScriptVariable);
                return;
            case ScriptPipeCall pipe:
                PushChildren(node, site, pipe.To as ScriptVariable);
                return;
            case ScriptAssignExpression assign:
                PushChildren(node, site, Define(assign.Target));
                return;
            case ScriptCaptureStatement capture:
                PushChildren(node, site, Define(capture.Target));
                return;
            case ScriptForStatement loop:
                PushLoop(loop, site);
                return;
            default:
                PushChildren(node, site, null);
                return;
        }
    }

    /// <summary>The collection, named arguments and else block are read outside the loop; the
    /// body with the loop's variable and loop object bound.</summary>
    private void PushLoop(ScriptForStatement loop, SourceSpan? site)
    {
        var loopObjects = loop is ScriptTableRowStatement ? TableRowObjects : ForLoopObjects;
        string[] binds = loop.Variable is ScriptVariable variable ? [variable.Name, .. loopObjects] : loopObjects;
        var children = Children(loop, loop.Variable);
        for (var i = children.Length - 1; i >= 0; i--)
        {
            if (ReferenceEquals(children[i], loop.Body))
            {
                // Nothing between here and the body changes the bound names: the collection and
                // the arguments are expressions, which hold no loops.
                _pending.Push(new Step(null, null, null, _bound.Count));
                _pending.Push(new Step(children[i], site, binds, 0));
            }
            else
            {
                _pending.Push(new Step(children[i], site, null, 0));
            }
        }
    }

    private void PushChildren(ScriptNode node, SourceSpan? site, ScriptNode? skip)
    {
        var children = Children(node, skip);
        for (var i = children.Length - 1; i >= 0; i--)
        {
            _pending.Push(new Step(children[i], site, null, 0));
        }
    }

    private ScriptNode[] Children(ScriptNode node, ScriptNode? skip)
    {
        _children.Clear();
        foreach (var child in node.Children)
        {
            if (child is not null && !ReferenceEquals(child, skip))
            {
                _children.Add(child);
            }
        }
        return [.. _children];
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
