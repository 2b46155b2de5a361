namespace Sluice.Core.Datasources;

/// <summary>A failure real traffic met on a datasource.</summary>
/// <param name="Message">What happened, in Sluice's words (no values, no connection details).</param>
/// <param name="At">When (UTC).</param>
public sealed record DatasourceFailure(string Message, DateTimeOffset At);
