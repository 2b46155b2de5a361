using Sluice.Core.Connectors;
using Sluice.Core.Datasources;
using Sluice.Core.Settings;
using Sluice.Server.Gateway;

namespace Sluice.Server.Management.Apis;

/// <summary>A datasource's pool for an authoring run (debug, check): the gateway's live pool when
/// its connection settings are the stored ones (same sandbox, same limits), else a one-connection
/// pool of its own, disposed with the lease.</summary>
internal sealed class DatasourceLease : IAsyncDisposable
{
    private readonly bool _owned;

    private DatasourceLease(DatasourcePool pool, bool owned)
    {
        Pool = pool;
        _owned = owned;
    }

    public DatasourcePool Pool { get; }

    public static DatasourceLease For(DatasourceRecord record, GatewaySnapshots snapshots, DatasourceStore datasources, SluiceSettings settings)
    {
        ArgumentNullException.ThrowIfNull(record);
        return snapshots.Current.Datasources.TryGetValue(record.Id, out var model) && model.Record.SameConnectionAs(record)
            ? new DatasourceLease(model.Pool, owned: false)
            : new DatasourceLease(DatasourcePool.Create(datasources.ToSpec(record), settings.Connectors with { PoolSize = 1 }), owned: true);
    }

    public ValueTask DisposeAsync() => _owned ? Pool.DisposeAsync() : ValueTask.CompletedTask;
}
