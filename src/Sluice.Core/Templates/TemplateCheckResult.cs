namespace Sluice.Core.Templates;

/// <summary>The outcome of <see cref="TemplateCheck.Run"/>.</summary>
/// <param name="Template">The parsed template; null when its syntax is wrong.</param>
/// <param name="Errors">Syntax errors, or (when the syntax is sound) each read of a variable
/// nothing declares; empty when the template may be saved.</param>
/// <param name="Warnings">Declared parameters the template never reads.</param>
public sealed record TemplateCheckResult(SqlTemplate? Template, IReadOnlyList<TemplateError> Errors, IReadOnlyList<string> Warnings);
