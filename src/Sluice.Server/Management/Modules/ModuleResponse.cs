using Sluice.Core.Modules;

namespace Sluice.Server.Management.Modules;

/// <summary>A module as the API shows it.</summary>
internal sealed record ModuleResponse(long Id, string Name, string? Description, int SortOrder, bool IsActive, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static ModuleResponse From(ModuleRecord record) =>
        new(record.Id, record.Name, record.Description, record.SortOrder, record.IsActive, record.CreatedAt, record.UpdatedAt);
}
