namespace Sluice.Core.Connectors;

/// <summary>The HTTP status each <see cref="StatementFailureKind"/> answers with, one table for
/// the gateway and for the authoring runs (debug, API test cases) that must answer as it does.</summary>
public static class FailureStatus
{
    /// <summary>The status for a failed statement of this kind.</summary>
    public static int Of(StatementFailureKind kind) => kind switch
    {
        StatementFailureKind.Busy => 503,
        StatementFailureKind.Integrity => 409,
        StatementFailureKind.BrokenQuery => 500,
        StatementFailureKind.Timeout => 504,
        _ => 400,
    };
}
