namespace Sluice.Core.Connectors.Schema;

/// <summary>A column of a table or view.</summary>
/// <param name="Name">The column's name.</param>
/// <param name="Type">The type as the engine spells it (<c>character varying(200)</c>, <c>DECIMAL(12,2)</c>).</param>
/// <param name="Nullable">False when the engine guarantees a value (NOT NULL, or part of the primary key).</param>
/// <param name="PrimaryKey">True when the column is part of the primary key.</param>
/// <param name="Ordinal">The column's position, from 1.</param>
public sealed record SchemaColumn(string Name, string Type, bool Nullable, bool PrimaryKey, int Ordinal);
