namespace Sluice.Server.Management.Apis;

/// <summary>The outcome of an API's test cases: counts, and each case's result in order.</summary>
/// <param name="Version">The version number run; null for the draft.</param>
internal sealed record TestRunResponse(int? Version, int Passed, int Failed, IReadOnlyList<TestCaseResult> Results);
