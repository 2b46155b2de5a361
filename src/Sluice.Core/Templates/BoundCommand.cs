namespace Sluice.Core.Templates;

/// <summary>A rendered template: one or more statements, run in order in one transaction.</summary>
/// <param name="Statements">The statements, at least one.</param>
public sealed record BoundCommand(IReadOnlyList<BoundStatement> Statements);
