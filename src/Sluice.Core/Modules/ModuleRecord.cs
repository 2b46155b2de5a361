namespace Sluice.Core.Modules;

/// <summary>A row of the <c>modules</c> table: a group of APIs for people (not part of URLs).</summary>
public sealed class ModuleRecord
{
    /// <summary>Primary key.</summary>
    public long Id { get; init; }
    /// <summary>Unique name.</summary>
    public string Name { get; init; } = "";
    /// <summary>For people.</summary>
    public string? Description { get; init; }
    /// <summary>Display order.</summary>
    public int SortOrder { get; init; }
    /// <summary>The APIs of an inactive module are not served.</summary>
    public bool IsActive { get; init; }
    /// <summary>Creation time (UTC).</summary>
    public DateTimeOffset CreatedAt { get; init; }
    /// <summary>Last change (UTC).</summary>
    public DateTimeOffset UpdatedAt { get; init; }
}
