namespace Sluice.Core.Connectors.Schema;

/// <summary>A table or view.</summary>
/// <param name="Name">The table's name.</param>
/// <param name="Kind"><c>table</c>, or <c>view</c> (materialized views included).</param>
/// <param name="Columns">Its columns in declaration order.</param>
/// <param name="PrimaryKey">The primary key's columns in key order; empty when there is none.</param>
public sealed record SchemaTable(string Name, string Kind, IReadOnlyList<SchemaColumn> Columns, IReadOnlyList<string> PrimaryKey);
