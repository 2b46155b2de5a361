namespace Sluice.Server.Management.Apis;

/// <summary>The outcome of an API's test cases: counts, and each case's result in order.</summary>
/// <param name="Version">The version number run; null for the draft.</param>
internal sealed record TestRunResponse(int? Version, int Passed, int Failed, IReadOnlyList<TestCaseResult> Results);

/// <summary>One test case's result: the status the gateway would answer, the rows it would return,
/// and every way that missed the expectation.</summary>
internal sealed record TestCaseResult(string Name, bool Passed, int Status, int? RowCount, IReadOnlyList<string> Failures);
