using Sluice.Core.Datasources;

namespace Sluice.Core.Connectors;

/// <summary>Limits every datasource pool enforces.</summary>
/// <param name="PoolSize">Most open connections per datasource (<c>EXTERNAL_DB_POOL_SIZE</c>).</param>
/// <param name="ConnectTimeout">How long opening a connection may take (<c>EXTERNAL_DB_CONNECT_TIMEOUT</c>).</param>
/// <param name="StatementTimeout">Default time a statement may run (<c>EXTERNAL_DB_STATEMENT_TIMEOUT</c>).</param>
public sealed record ConnectorLimits(int PoolSize, TimeSpan ConnectTimeout, TimeSpan StatementTimeout)
{
    /// <summary>Where SQLite and DuckDB files may lie (<c>DATASOURCE_FILE_ROOTS</c>) and which
    /// files they may never be.</summary>
    public DatasourceFiles Files { get; init; } = DatasourceFiles.Unchecked;
}
