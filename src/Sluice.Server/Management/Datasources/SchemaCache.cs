using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Internal;
using Sluice.Core.Connectors.Schema;
using Sluice.Core.Datasources;

namespace Sluice.Server.Management.Datasources;

/// <summary>Each datasource's schema as last read, for <see cref="Lifetime"/>: an editor that
/// asks on every keystroke costs one catalog query a minute. An entry belongs to one version of
/// the datasource (its <c>updated_at</c>), so an edit on any node makes it stale; this node
/// also forgets it at once. Time comes from the injected <see cref="TimeProvider"/>.</summary>
internal sealed class SchemaCache(TimeProvider time) : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    private readonly MemoryCache _entries = new(new MemoryCacheOptions { Clock = new Clock(time) });

    /// <summary>The schema read for this version of <paramref name="datasource"/> less than
    /// <see cref="Lifetime"/> ago, and when it was read.</summary>
    public bool TryGet(DatasourceRecord datasource, out DatabaseSchema schema, out DateTimeOffset fetchedAt)
    {
        ArgumentNullException.ThrowIfNull(datasource);
        if (_entries.TryGetValue(datasource.Id, out Entry? entry) && entry!.UpdatedAt == datasource.UpdatedAt)
        {
            (schema, fetchedAt) = (entry.Schema, entry.FetchedAt);
            return true;
        }
        (schema, fetchedAt) = (null!, default);
        return false;
    }

    public void Set(DatasourceRecord datasource, DatabaseSchema schema, DateTimeOffset fetchedAt)
    {
        ArgumentNullException.ThrowIfNull(datasource);
        _entries.Set(datasource.Id, new Entry(datasource.UpdatedAt, schema, fetchedAt), fetchedAt + Lifetime);
    }

    /// <summary>Drops the entry of a datasource that was edited or deleted.</summary>
    public void Forget(long datasourceId) => _entries.Remove(datasourceId);

    public void Dispose() => _entries.Dispose();

    private sealed record Entry(DateTimeOffset UpdatedAt, DatabaseSchema Schema, DateTimeOffset FetchedAt);

    private sealed class Clock(TimeProvider time) : ISystemClock
    {
        public DateTimeOffset UtcNow => time.GetUtcNow();
    }
}
