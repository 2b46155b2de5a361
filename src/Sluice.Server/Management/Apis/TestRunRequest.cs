namespace Sluice.Server.Management.Apis;

/// <summary>Which test cases to run: a version's (by number) against that version; none given runs
/// the draft's against the draft.</summary>
internal sealed record TestRunRequest(int? Version);
