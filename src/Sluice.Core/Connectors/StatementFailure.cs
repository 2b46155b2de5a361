namespace Sluice.Core.Connectors;

/// <summary>A failed statement explained for the API's author.</summary>
/// <param name="Kind">What it means for the answer.</param>
/// <param name="Message">The explanation; for <see cref="StatementFailureKind.Query"/> the database's own message.</param>
public sealed record StatementFailure(StatementFailureKind Kind, string Message);
