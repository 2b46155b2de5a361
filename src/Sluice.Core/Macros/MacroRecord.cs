namespace Sluice.Core.Macros;

/// <summary>A row of <c>macros</c>: reusable code, global or for one module: a SQL template
/// fragment used with <c>{% include 'name' %}</c>, or a JavaScript module scripts import by name.</summary>
public sealed class MacroRecord
{
    /// <summary>Primary key.</summary>
    public long Id { get; init; }
    /// <summary>The module whose APIs may use it; null for every API.</summary>
    public long? ModuleId { get; init; }
    /// <summary>Unique name (across languages), used in include tags and imports.</summary>
    public string Name { get; init; } = "";
    /// <summary>What it is written in (<see cref="MacroLanguage"/>); fixed at creation.</summary>
    public string Language { get; init; } = MacroLanguage.Sql;
    /// <summary>For people.</summary>
    public string? Description { get; init; }
    /// <summary>Draft content.</summary>
    public string Content { get; init; } = "";
    /// <summary>The version APIs get; null when unpublished.</summary>
    public long? PublishedVersionId { get; init; }
    /// <summary>The per-macro number of the published version; null when unpublished.</summary>
    public int? PublishedVersion { get; init; }
    /// <summary>Creation time (UTC).</summary>
    public DateTimeOffset CreatedAt { get; init; }
    /// <summary>Last change (UTC).</summary>
    public DateTimeOffset UpdatedAt { get; init; }
}
