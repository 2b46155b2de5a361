using Scriban;

namespace Sluice.Core.Templates;

/// <summary>The filters that write SQL text or shape a bound value.</summary>
internal static class SqlFilters
{
    private static readonly SqlText Ascending = new("ASC");
    private static readonly SqlText Descending = new("DESC");

    /// <summary><c>{{ sort | ident }}</c>: the value as a quoted identifier, if the API allows it.</summary>
    public static object Ident(TemplateContext context, object? value)
    {
        var render = (TemplateRenderContext)context;
        return render.Identifiers.Emit(value, render.Dialect);
    }

    /// <summary><c>{{ dir | sort_direction }}</c>: ASC or DESC for asc or desc (any case).</summary>
    public static object SortDirection(object? value) => value switch
    {
        string text when text.Equals("asc", StringComparison.OrdinalIgnoreCase) => Ascending,
        string text when text.Equals("desc", StringComparison.OrdinalIgnoreCase) => Descending,
        null => throw new TemplateRenderException("sort_direction: a value is required (asc or desc)", TemplateRenderFailure.ValueRefused),
        _ => throw new TemplateRenderException("sort_direction: expected asc or desc", TemplateRenderFailure.ValueRefused),
    };

    /// <summary>The hidden function behind <c>{% where %}</c>: its captured content as a clause.</summary>
    public static object Where(TemplateContext context, object? content) =>
        ClauseText.Where(content?.ToString() ?? "", ((TemplateRenderContext)context).Dialect);

    /// <summary>The hidden function behind <c>{% set %}</c>.</summary>
    public static object Set(TemplateContext context, object? content) =>
        ClauseText.Set(content?.ToString() ?? "", ((TemplateRenderContext)context).Dialect);

    /// <summary>The hidden function every output is wrapped in; see <see cref="OutputBinder"/>.</summary>
    public static object Bind(TemplateContext context, object? value) =>
        OutputBinder.Bind((TemplateRenderContext)context, value);
}
