namespace Sluice.Core.Connectors.Schema;

/// <summary>The tables and views a datasource's account sees, by schema, as an author needs them
/// to write a template.</summary>
/// <param name="Schemas">Schemas in name order (SQLite: <c>main</c>; MySQL: the connection's database).</param>
public sealed record DatabaseSchema(IReadOnlyList<NamedSchema> Schemas);
