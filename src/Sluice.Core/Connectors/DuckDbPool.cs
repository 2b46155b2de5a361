using System.Data.Common;
using DuckDB.NET.Data;

namespace Sluice.Core.Connectors;

/// <summary>A DuckDB file, shared by this process's connections.</summary>
internal sealed class DuckDbPool(ConnectionSpec spec, ConnectorLimits limits) : EmbeddedPool(spec, limits)
{
    // Built through the generic builder so a path with ';' or '=' stays one value.
    private readonly string _connectionString = new DbConnectionStringBuilder { ["Data Source"] = spec.Database }.ConnectionString;

    protected override DbConnection NewConnection() => new DuckDBConnection(_connectionString);

    // DuckDB.NET's readers report -1 affected rows for DML.
    public override bool CountsRowsOnlyWithNonQuery => true;

    protected override object ToDbValue(object? value) => value switch
    {
        DateTimeOffset offset => offset.UtcDateTime,
        _ => base.ToDbValue(value),
    };
}
