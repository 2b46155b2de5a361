namespace Sluice.Core.Macros;

/// <summary>A row of <c>macro_versions</c>: a macro's content frozen at a commit.</summary>
public sealed class MacroVersionRecord
{
    /// <summary>Primary key.</summary>
    public long Id { get; init; }
    /// <summary>The macro.</summary>
    public long MacroId { get; init; }
    /// <summary>1, 2, 3 … per macro.</summary>
    public int Version { get; init; }
    /// <summary>The frozen content.</summary>
    public string Content { get; init; } = "";
    /// <summary>Why this version was made.</summary>
    public string CommitMessage { get; init; } = "";
    /// <summary>User who committed it.</summary>
    public long? CreatedBy { get; init; }
    /// <summary>Commit time (UTC).</summary>
    public DateTimeOffset CreatedAt { get; init; }
}
