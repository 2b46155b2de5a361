namespace Sluice.Core.Templates;

/// <summary>What a template may use beyond its own source, fixed when it is parsed.</summary>
public sealed record TemplateOptions
{
    /// <summary>The defaults.</summary>
    public static TemplateOptions Default { get; } = new();
}
