namespace Sluice.Core.Templates;

/// <summary>The outcome of <see cref="TemplateCheck.Run"/>.</summary>
/// <param name="Errors">Syntax errors, or (when the syntax is sound) each read of a variable
/// nothing declares; empty when the template may be saved.</param>
/// <param name="Warnings">Declared parameters the template never reads.</param>
public sealed record TemplateCheckResult(IReadOnlyList<TemplateError> Errors, IReadOnlyList<string> Warnings);
