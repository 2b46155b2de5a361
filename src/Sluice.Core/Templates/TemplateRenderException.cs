namespace Sluice.Core.Templates;

/// <summary>Thrown by the template's filters to stop a render; <see cref="SqlTemplate.Render"/>
/// turns it into a <see cref="TemplateRenderResult"/> error. Never escapes Core.</summary>
internal sealed class TemplateRenderException(string message, TemplateRenderFailure failure = TemplateRenderFailure.TemplateFault)
    : Exception(message)
{
    public TemplateRenderFailure Failure { get; } = failure;
}
