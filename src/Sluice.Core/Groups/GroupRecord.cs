namespace Sluice.Core.Groups;

/// <summary>A row of <c>groups</c>: a set of APIs granted together to clients.</summary>
public sealed class GroupRecord
{
    /// <summary>Primary key.</summary>
    public long Id { get; init; }
    /// <summary>Unique name.</summary>
    public string Name { get; init; } = "";
    /// <summary>For people.</summary>
    public string? Description { get; init; }
    /// <summary>An inactive group grants nothing.</summary>
    public bool IsActive { get; init; }
    /// <summary>Creation time (UTC).</summary>
    public DateTimeOffset CreatedAt { get; init; }
    /// <summary>Last change (UTC).</summary>
    public DateTimeOffset UpdatedAt { get; init; }
}
