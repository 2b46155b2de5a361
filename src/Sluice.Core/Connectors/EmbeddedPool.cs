using System.Data.Common;

namespace Sluice.Core.Connectors;

/// <summary>Base of in-process engines (SQLite, DuckDB): their drivers do not cap open
/// connections, so a semaphore does, released when the connection is disposed. The file is
/// checked against the protected files when the pool is built and again at every open, and the
/// driver opens the checked, canonical path.</summary>
internal abstract class EmbeddedPool(ConnectionSpec spec, ConnectorLimits limits) : DatasourcePool(spec)
{
    private readonly SemaphoreSlim _slots = new(limits.PoolSize, limits.PoolSize);
    private readonly TimeSpan _wait = limits.ConnectTimeout;

    /// <summary>Roots were checked when the datasource was saved; Sluice's own files are refused
    /// here again, so a datasource stored before the check existed cannot open them either.</summary>
    protected Datasources.DatasourceFileCheck FileCheck { get; } = limits.Files.Check(spec.Database, checkRoots: false);

    /// <summary>The limits the pool was built with.</summary>
    protected ConnectorLimits Limits { get; } = limits;

    /// <summary>True when the file sandbox applies (the datasource did not opt out).</summary>
    protected bool Sandboxed => !Spec.Unrestricted;

    protected abstract DbConnection NewConnection(string path);

    /// <summary>Applies per-connection settings once the connection is open.</summary>
    protected virtual void Prepare(DbConnection connection)
    {
    }

    public override async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (FileCheck.Path is not { } path)
        {
            throw new InvalidOperationException("The datasource's file is refused: " + FileCheck.Error);
        }
        // The file may have been swapped for a link to one of Sluice's own since the pool was built.
        if (Limits.Files.Check(path, checkRoots: false).Error is { } swapped)
        {
            throw new InvalidOperationException("The datasource's file is refused: " + swapped);
        }
        if (!await _slots.WaitAsync(_wait, cancellationToken))
        {
            throw new TimeoutException($"All {Spec.Product} connections of this datasource stayed busy for {_wait.TotalSeconds:0} s.");
        }
        DbConnection? connection = null;
        try
        {
            connection = NewConnection(path);
            connection.Disposed += (_, _) => _slots.Release();
            await connection.OpenAsync(cancellationToken);
            Prepare(connection);
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
