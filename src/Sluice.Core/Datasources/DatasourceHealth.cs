using System.Collections.Concurrent;

namespace Sluice.Core.Datasources;

/// <summary>This node's <see cref="DatasourceHealthState"/> of every datasource, by id. The
/// gateway snapshot holds each datasource's state, so a request updates it without a lookup;
/// a background writer persists it to the metadata store for every node to read.</summary>
public sealed class DatasourceHealth
{
    private readonly ConcurrentDictionary<long, DatasourceHealthState> _states = new();

    /// <summary>The state of datasource <paramref name="id"/>, created on first use.</summary>
    public DatasourceHealthState For(long id) => _states.GetOrAdd(id, static _ => new DatasourceHealthState());

    /// <summary>Every state this node holds.</summary>
    public IEnumerable<KeyValuePair<long, DatasourceHealthState>> All => _states;
}
