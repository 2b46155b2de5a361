using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Primitives;
using Sluice.Core.Storage;

namespace Sluice.Server.Gateway;

/// <summary>Holds the current snapshot and swaps in a new one when the metadata revision
/// moves. The node that made a change refreshes before answering, so the change is live on
/// its next request; other nodes learn of it by polling the revision.</summary>
internal sealed class GatewaySnapshots(SnapshotBuilder builder, MetadataDb db, SnapshotAnnouncer announcer, ILogger<GatewaySnapshots> logger)
    : IAsyncDisposable
{
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private volatile GatewaySnapshot _current = GatewaySnapshot.Empty;
    private CancellationTokenSource _changed = new();

    public GatewaySnapshot Current => _current;

    /// <summary>Fires when the snapshot is replaced.</summary>
    public IChangeToken ChangeToken => new CancellationChangeToken(_changed.Token);

    /// <summary>Rebuilds when the store's revision differs from the snapshot's (or always when
    /// forced). A refresh after a change made here is announced to the other nodes.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken, bool force = false, bool announce = true)
    {
        await _refresh.WaitAsync(cancellationToken);
        try
        {
            var revision = await GatewayRevision.ReadAsync(db, cancellationToken);
            var previous = _current;
            if (!force && revision == previous.Revision)
            {
                return;
            }
            var next = await builder.BuildAsync(revision, previous, cancellationToken);
            _current = next;
            var changed = Interlocked.Exchange(ref _changed, new CancellationTokenSource());
            await changed.CancelAsync();
            changed.Dispose();
            Log.SnapshotSwapped(logger, next.Revision, next.Apis.Count);
            foreach (var problem in next.Problems)
            {
                Log.ApiNotServed(logger, problem);
            }
            builder.RetireUnused(previous, next);
            if (announce)
            {
                await announcer.AnnounceAsync(next.Revision);
            }
        }
        finally
        {
            _refresh.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var datasource in _current.Datasources.Values)
        {
            await datasource.Pool.DisposeAsync();
        }
        _changed.Dispose();
        _refresh.Dispose();
    }
}
