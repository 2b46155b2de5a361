namespace Sluice.Core.Overview;

/// <summary>How many gateway requests were answered with one status.</summary>
public sealed class StatusCount
{
    /// <summary>The HTTP status.</summary>
    public int Status { get; init; }
    /// <summary>Requests answered with it.</summary>
    public long Count { get; init; }
}
