using Sluice.Core.Macros;

namespace Sluice.Server.Management.Macros;

/// <summary>A macro as the API shows it.</summary>
internal sealed record MacroResponse(long Id, long? ModuleId, string Name, string? Description, string Content, bool IsPublished,
    long? PublishedVersionId, int? PublishedVersion, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static MacroResponse From(MacroRecord macro) => new(macro.Id, macro.ModuleId, macro.Name, macro.Description, macro.Content,
        macro.PublishedVersionId is not null, macro.PublishedVersionId, macro.PublishedVersion, macro.CreatedAt, macro.UpdatedAt);
}
