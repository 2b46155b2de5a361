namespace Sluice.Server.Management.Apis;

/// <summary>One test case's result: the status the gateway would answer, the rows it would return,
/// and every way that missed the expectation.</summary>
internal sealed record TestCaseResult(string Name, bool Passed, int Status, int? RowCount, IReadOnlyList<string> Failures);
