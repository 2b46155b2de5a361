using System.Data.Common;

namespace Sluice.Core.Connectors;

/// <summary>Base of in-process engines (SQLite, DuckDB): their drivers do not cap open
/// connections, so a semaphore does, released when the connection is disposed.</summary>
internal abstract class EmbeddedPool(ConnectionSpec spec, ConnectorLimits limits) : DatasourcePool(spec)
{
    private readonly SemaphoreSlim _slots = new(limits.PoolSize, limits.PoolSize);
    private readonly TimeSpan _wait = limits.ConnectTimeout;

    protected abstract DbConnection NewConnection();

    public override async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!await _slots.WaitAsync(_wait, cancellationToken))
        {
            throw new TimeoutException($"All {Spec.Product} connections of this datasource stayed busy for {_wait.TotalSeconds:0} s.");
        }
        DbConnection? connection = null;
        try
        {
            connection = NewConnection();
            connection.Disposed += (_, _) => _slots.Release();
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            if (connection is null)
            {
                _slots.Release();
            }
            else
            {
                await connection.DisposeAsync();
            }
            throw;
        }
    }

    public override ValueTask DisposeAsync()
    {
        _slots.Dispose();
        return ValueTask.CompletedTask;
    }
}
