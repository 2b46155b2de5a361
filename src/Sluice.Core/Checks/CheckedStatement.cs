using Sluice.Core.Connectors;

namespace Sluice.Core.Checks;

/// <summary>One rendered statement and what the database said when it prepared it.</summary>
/// <param name="Sql">The statement as rendered, with the dialect's placeholders.</param>
/// <param name="Case">The sample case that rendered it first.</param>
/// <param name="Columns">The columns it would return (empty for no rows, or when it failed).</param>
/// <param name="Error">Why the database refused it; null when it was accepted.</param>
/// <param name="Checked">False when the engine cannot prepare this kind of statement.</param>
public sealed record CheckedStatement(string Sql, string Case, IReadOnlyList<ResultColumn> Columns, DatabaseError? Error, bool Checked = true);
