using Sluice.Core.Groups;

namespace Sluice.Server.Management.Groups;

/// <summary>A group as the API shows it.</summary>
internal sealed record GroupResponse(long Id, string Name, string? Description, bool IsActive, IReadOnlyList<long> ApiIds, DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static GroupResponse From(GroupRecord group, IReadOnlyList<long> apiIds) =>
        new(group.Id, group.Name, group.Description, group.IsActive, apiIds, group.CreatedAt, group.UpdatedAt);
}
