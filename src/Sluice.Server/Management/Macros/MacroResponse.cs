using Sluice.Core.Macros;
using Sluice.Core.Templates;

namespace Sluice.Server.Management.Macros;

/// <summary>A macro as the API shows it.</summary>
internal sealed record MacroResponse(long Id, long? ModuleId, string Name, string Language, string? Description, string Content, bool IsPublished,
    long? PublishedVersionId, int? PublishedVersion, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    /// <summary>The variables a SQL macro's draft reads without setting them: what an API that
    /// includes it must declare as parameters (or set with assign or capture). Always empty for a
    /// JavaScript macro, whose functions take what they need as arguments.</summary>
    public IReadOnlyList<string> Reads { get; init; } = [];

    public static MacroResponse From(MacroRecord macro) => new(macro.Id, macro.ModuleId, macro.Name, macro.Language, macro.Description, macro.Content,
        macro.PublishedVersionId is not null, macro.PublishedVersionId, macro.PublishedVersion, macro.CreatedAt, macro.UpdatedAt)
    {
        Reads = macro.Language == MacroLanguage.Sql ? TemplateCheck.FreeVariables(macro.Content, TemplateOptions.Default) : [],
    };
}
