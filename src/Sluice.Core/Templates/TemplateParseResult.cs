namespace Sluice.Core.Templates;

/// <summary>The outcome of <see cref="SqlTemplate.Parse(string, TemplateOptions)"/>: the template when there were no
/// errors, and every error found.</summary>
/// <param name="Template">Null when <paramref name="Errors"/> is not empty.</param>
/// <param name="Errors">Syntax errors, unknown filters and macros, misplaced tags.</param>
public sealed record TemplateParseResult(SqlTemplate? Template, IReadOnlyList<TemplateError> Errors);
