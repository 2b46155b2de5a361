namespace Sluice.Core.Templates;

/// <summary>The outcome of <see cref="SqlTemplate.Render"/>.</summary>
/// <param name="Command">The bound statements; null when <paramref name="Error"/> is set.</param>
/// <param name="Error">What went wrong, e.g. <c>ident: 'drop' is not an allowed identifier
/// (allowed: id, name)</c>. Safe to show to the client when <paramref name="Failure"/> is
/// <see cref="TemplateRenderFailure.ValueRefused"/>.</param>
/// <param name="Failure">Whose fault the error is; <see cref="TemplateRenderFailure.None"/> on success.</param>
public sealed record TemplateRenderResult(BoundCommand? Command, string? Error, TemplateRenderFailure Failure = TemplateRenderFailure.None);
