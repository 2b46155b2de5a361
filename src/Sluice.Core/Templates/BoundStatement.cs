namespace Sluice.Core.Templates;

/// <summary>One SQL statement whose every template output is a bind parameter: the text has
/// dialect placeholders, <see cref="Values"/> holds the values in placeholder order.</summary>
/// <param name="Sql">Statement text, without a trailing semicolon.</param>
/// <param name="Values">Parameter values in order (null for SQL NULL).</param>
public sealed record BoundStatement(string Sql, IReadOnlyList<object?> Values);
