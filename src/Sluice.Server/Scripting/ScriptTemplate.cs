using Sluice.Core.Templates;

namespace Sluice.Server.Scripting;

/// <summary>A script's SQL in template syntax, parsed: the template and the names it reads, or
/// why it does not parse.</summary>
/// <param name="Template">Null when <paramref name="Error"/> is set.</param>
/// <param name="Error">The parse errors, each with its line and column.</param>
/// <param name="Reads">The names the values object must have (a loop's or assign's own names,
/// <c>today</c> and <c>now</c> excluded).</param>
internal sealed record ScriptTemplate(SqlTemplate? Template, string? Error, IReadOnlySet<string> Reads)
{
    private static readonly string[] Builtins = ["today", "now"];

    /// <summary>Parses <paramref name="sql"/> without macros or allowed identifiers.</summary>
    public static ScriptTemplate Parse(string sql)
    {
        var parsed = SqlTemplate.Parse(sql, TemplateOptions.Default);
        if (parsed.Template is not { } template)
        {
            return new ScriptTemplate(null, "the SQL template does not parse: " + string.Join("; ", parsed.Errors), new HashSet<string>());
        }
        var variables = TemplateVariables.Of(template.Page);
        var reads = variables.Reads.Select(read => read.Name)
            .Where(name => !variables.Defined.Contains(name) && !Builtins.Contains(name))
            .ToHashSet(StringComparer.Ordinal);
        return new ScriptTemplate(template, null, reads);
    }
}
