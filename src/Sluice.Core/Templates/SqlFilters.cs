using Scriban;

namespace Sluice.Core.Templates;

/// <summary>The functions behind the template's own filters and tags.</summary>
internal static class SqlFilters
{
    /// <summary>The hidden function every output is wrapped in; see <see cref="OutputBinder"/>.</summary>
    public static object Bind(TemplateContext context, object? value) =>
        OutputBinder.Bind((TemplateRenderContext)context, value);
}
