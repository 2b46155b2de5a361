namespace Sluice.Core.Connectors;

/// <summary>What the database said about a statement it prepared without running it.</summary>
/// <param name="Columns">The columns it would return; empty for a statement that returns no rows.</param>
/// <param name="Checked">False when the engine cannot prepare this kind of statement (it was
/// neither accepted nor refused).</param>
public sealed record StatementDescription(IReadOnlyList<ResultColumn> Columns, bool Checked = true);
