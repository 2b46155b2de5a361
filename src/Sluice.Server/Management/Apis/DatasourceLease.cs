using Sluice.Core.Connectors;
using Sluice.Core.Datasources;
using Sluice.Core.Settings;
using Sluice.Server.Gateway;

namespace Sluice.Server.Management.Apis;

/// <summary>A pool for an authoring run (debug, test cases): the gateway's own pool for the
/// datasource when its connection settings are current, else a one-connection pool of its own
/// that is disposed with the lease.</summary>
internal sealed class DatasourceLease : IAsyncDisposable
{
    private readonly bool _owned;

    private DatasourceLease(DatasourcePool pool, bool owned) => (Pool, _owned) = (pool, owned);

    public DatasourcePool Pool { get; }

    public static DatasourceLease For(DatasourceRecord record, GatewaySnapshots snapshots, DatasourceStore datasources, SluiceSettings settings)
    {
        var shared = snapshots.Current.Datasources.TryGetValue(record.Id, out var model) && model.Record.SameConnectionAs(record) ? model.Pool : null;
        return shared is not null
            ? new DatasourceLease(shared, owned: false)
            : new DatasourceLease(DatasourcePool.Create(datasources.ToSpec(record), settings.Connectors with { PoolSize = 1 }), owned: true);
    }

    public async ValueTask DisposeAsync()
    {
        if (_owned)
        {
            await Pool.DisposeAsync();
        }
    }
}
