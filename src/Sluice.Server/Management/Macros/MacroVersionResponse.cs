using Sluice.Core.Macros;

namespace Sluice.Server.Management.Macros;

/// <summary>A committed version of a macro.</summary>
internal sealed record MacroVersionResponse(long Id, long MacroId, int Version, string Content, string CommitMessage, long? CreatedBy,
    DateTimeOffset CreatedAt, bool IsPublished)
{
    public static MacroVersionResponse From(MacroVersionRecord version, long? publishedVersionId) => new(version.Id, version.MacroId,
        version.Version, version.Content, version.CommitMessage, version.CreatedBy, version.CreatedAt, version.Id == publishedVersionId);
}
