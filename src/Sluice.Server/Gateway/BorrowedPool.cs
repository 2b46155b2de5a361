using Sluice.Core.Connectors;
using Sluice.Core.Datasources;

namespace Sluice.Server.Gateway;

/// <summary>A datasource's pool for one management call (a debug run, a schema read): the
/// gateway's live pool when it still connects as the stored record says, else a one-connection
/// pool of its own (a datasource no API uses yet, or one just edited), disposed with this.</summary>
internal sealed class BorrowedPool : IAsyncDisposable
{
    private readonly bool _owned;

    private BorrowedPool(DatasourcePool pool, bool owned) => (Pool, _owned) = (pool, owned);

    public DatasourcePool Pool { get; }

    public static BorrowedPool For(DatasourceRecord record, GatewaySnapshots snapshots, DatasourceStore store, ConnectorLimits limits) =>
        snapshots.Current.Datasources.TryGetValue(record.Id, out var model) && model.Record.SameConnectionAs(record)
            ? new BorrowedPool(model.Pool, owned: false)
            : new BorrowedPool(DatasourcePool.Create(store.ToSpec(record), limits with { PoolSize = 1 }), owned: true);

    public ValueTask DisposeAsync() => _owned ? Pool.DisposeAsync() : ValueTask.CompletedTask;
}
