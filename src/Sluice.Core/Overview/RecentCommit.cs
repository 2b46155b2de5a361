namespace Sluice.Core.Overview;

/// <summary>A version committed of an API or a macro.</summary>
public sealed class RecentCommit
{
    /// <summary><c>api</c> or <c>macro</c>.</summary>
    public string Kind { get; init; } = "";
    /// <summary>The API's or macro's id.</summary>
    public long Id { get; init; }
    /// <summary>The API's or macro's name.</summary>
    public string Name { get; init; } = "";
    /// <summary>The version's id.</summary>
    public long VersionId { get; init; }
    /// <summary>The version number.</summary>
    public int Version { get; init; }
    /// <summary>Why it was made.</summary>
    public string CommitMessage { get; init; } = "";
    /// <summary>The user who committed it.</summary>
    public long? CreatedBy { get; init; }
    /// <summary>Commit time (UTC).</summary>
    public DateTimeOffset CreatedAt { get; init; }
}
