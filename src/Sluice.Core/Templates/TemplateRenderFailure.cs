namespace Sluice.Core.Templates;

/// <summary>Whose fault a failed render is, so the gateway can answer 400 or 500.</summary>
public enum TemplateRenderFailure
{
    /// <summary>The render succeeded.</summary>
    None,
    /// <summary>A request value was refused by the template (an <c>ident</c> not in the
    /// allow-list, a <c>sort_direction</c> that is not asc or desc): the client's fault.</summary>
    ValueRefused,
    /// <summary>The template failed: an unknown filter, a filter given the wrong type, a loop
    /// limit, an output inside a quoted literal: the operator's fault.</summary>
    TemplateFault,
}
