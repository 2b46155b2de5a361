using Sluice.Server.Gateway.Results;

namespace Sluice.Server.Gateway.Execution;

/// <summary>One run of an API by its executor: the bound values, the page asked for, where the
/// answer goes, and how the run differs for authors (debug runs and test cases roll back, and
/// are told the database's own words).</summary>
internal sealed record ApiCall
{
    /// <summary>The compiled API.</summary>
    public required ApiModel Model { get; init; }

    /// <summary>The bound, coerced parameter values by name.</summary>
    public required IReadOnlyDictionary<string, object?> Values { get; init; }

    /// <summary>The page of a paginating API; null otherwise.</summary>
    public PageWindow? Window { get; init; }

    /// <summary>Where a successful answer goes.</summary>
    public required IApiOutput Output { get; init; }

    /// <summary>The request id, for logs and generic messages.</summary>
    public required string RequestId { get; init; }

    /// <summary>True for debug runs and test cases: everything runs in a transaction that is
    /// rolled back, errors carry the database's or script's own words, and a broken draft is not
    /// recorded against the datasource's health.</summary>
    public bool ForAuthor { get; init; }

    /// <summary>What a debug run shows besides the answer; null on the gateway (no overhead).</summary>
    public ApiCallTrace? Trace { get; init; }

    /// <summary>Cancelled when the caller goes away.</summary>
    public CancellationToken Aborted { get; init; }
}
