namespace Sluice.Core.Roles;

/// <summary>A row of <c>roles</c>.</summary>
public sealed class RoleRecord
{
    /// <summary>Primary key.</summary>
    public long Id { get; init; }
    /// <summary>Unique name.</summary>
    public string Name { get; init; } = "";
    /// <summary>For people.</summary>
    public string? Description { get; init; }
    /// <summary>Seeded by Sluice (Admin, Developer, Viewer): cannot be deleted.</summary>
    public bool IsBuiltin { get; init; }
    /// <summary>Creation time (UTC).</summary>
    public DateTimeOffset CreatedAt { get; init; }
    /// <summary>Last change (UTC).</summary>
    public DateTimeOffset UpdatedAt { get; init; }
}
