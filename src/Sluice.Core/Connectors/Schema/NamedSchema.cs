namespace Sluice.Core.Connectors.Schema;

/// <summary>One schema (namespace) of a database.</summary>
/// <param name="Name">The schema's name.</param>
/// <param name="Tables">Its tables and views, in name order.</param>
public sealed record NamedSchema(string Name, IReadOnlyList<SchemaTable> Tables);
