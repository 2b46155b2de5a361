namespace Sluice.Core.Apis;

/// <summary>A row of <c>api_versions</c>: the executable part of a draft, frozen at a commit.</summary>
public sealed class ApiVersionRecord
{
    /// <summary>Primary key.</summary>
    public long Id { get; init; }
    /// <summary>The API.</summary>
    public long ApiId { get; init; }
    /// <summary>1, 2, 3 … per API.</summary>
    public int Version { get; init; }
    /// <summary>The SQL template.</summary>
    public string Content { get; init; } = "";
    /// <summary>JSON array of parameter definitions.</summary>
    public string Params { get; init; } = "[]";
    /// <summary>Result transform, if any.</summary>
    public string? ResultTransform { get; init; }
    /// <summary>JSON array of identifiers the <c>ident</c> filter accepts.</summary>
    public string Identifiers { get; init; } = "[]";
    /// <summary>JSON array of test cases (<see cref="ApiTestCase"/>).</summary>
    public string Tests { get; init; } = "[]";
    /// <summary>Why this version was made.</summary>
    public string CommitMessage { get; init; } = "";
    /// <summary>User who committed it.</summary>
    public long? CreatedBy { get; init; }
    /// <summary>Commit time (UTC).</summary>
    public DateTimeOffset CreatedAt { get; init; }
    /// <summary>JSON array of the columns the SQL check found its rows have; null when never checked.</summary>
    public string? ResultColumns { get; init; }
}
