using System.Collections.Frozen;
using Scriban;
using Scriban.Runtime;

namespace Sluice.Core.Templates;

/// <summary>The functions templates see besides Liquid's own filters, in one read-only table
/// built once and shared by every render. Hidden names start with <c>#</c>, which no
/// template can spell.</summary>
internal static class TemplateFunctions
{
    public const string Bind = "#bind";
    public const string Where = "#where";
    public const string Set = "#set";

    public static ScriptObject Shared { get; } = Create();

    /// <summary>Liquid's own filters, as a <see cref="LiquidTemplateContext"/> carries them (read only here).</summary>
    public static ScriptObject LiquidBuiltins { get; } = new LiquidTemplateContext().BuiltinObject;

    /// <summary>Every function or filter name a template may call: Liquid's (without
    /// <c>include</c>, which only works as a tag) and ours.</summary>
    public static FrozenSet<string> KnownNames { get; } = CreateKnownNames();

    private static ScriptObject Create()
    {
        var functions = new ScriptObject();
        functions.Import(Bind, new Func<TemplateContext, object?, object>(SqlFilters.Bind));
        functions.Import(Where, new Func<TemplateContext, object?, object>(SqlFilters.Where));
        functions.Import(Set, new Func<TemplateContext, object?, object>(SqlFilters.Set));
        functions.Import("ident", new Func<TemplateContext, object?, object>(SqlFilters.Ident));
        functions.Import("sort_direction", new Func<object?, object>(SqlFilters.SortDirection));
        functions.Import("like", new Func<object?, object>(LikeEscape.Contains));
        functions.Import("like_start", new Func<object?, object>(LikeEscape.StartsWith));
        functions.Import("like_end", new Func<object?, object>(LikeEscape.EndsWith));
        functions.Import("today", new Func<TemplateContext, object>(DateFilters.Today));
        functions.Import("now", new Func<TemplateContext, object>(DateFilters.Now));
        functions.Import("add_days", new Func<object?, object?, object?>(DateFilters.AddDays));
        functions.Import("start_of_month", new Func<object?, object?>(DateFilters.StartOfMonth));
        functions.IsReadOnly = true;
        return functions;
    }

    private static FrozenSet<string> CreateKnownNames()
    {
        var names = new HashSet<string>(LiquidBuiltins.Keys, StringComparer.Ordinal);
        names.Remove("include");
        names.Remove("include_join");
        foreach (var name in Shared.Keys)
        {
            if (!name.StartsWith('#'))
            {
                names.Add(name);
            }
        }
        return names.ToFrozenSet(StringComparer.Ordinal);
    }
}
