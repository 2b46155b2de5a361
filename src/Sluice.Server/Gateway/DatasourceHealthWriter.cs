using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Sluice.Core.Datasources;

namespace Sluice.Server.Gateway;

/// <summary>Persists this node's <see cref="DatasourceHealth"/> to the metadata store, off the
/// request path: within a second when a datasource's state changed (a new failure, or the first
/// success after one), otherwise a newer success at most every 30 s. Runs once more at shutdown.</summary>
// Paced on the real clock: it paces I/O, it is not a business rule a test moves.
internal sealed class DatasourceHealthWriter(DatasourceHealth health, DatasourceStore datasources, ILogger<DatasourceHealthWriter> logger)
    : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Throttle = TimeSpan.FromSeconds(30);

    // What was last written per datasource; only the loop touches it.
    private readonly Dictionary<long, Written> _written = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await WriteAsync(force: false, stoppingToken);
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        // The last changes too, unless the loop is still busy writing (it owns _written).
        if (ExecuteTask is null or { IsCompleted: true })
        {
            await WriteAsync(force: true, cancellationToken);
        }
    }

    private async Task WriteAsync(bool force, CancellationToken cancellationToken)
    {
        foreach (var (id, state) in health.All)
        {
            var (lastOkAt, lastError, failing, changes) = state.Read();
            _written.TryGetValue(id, out var written);
            if (changes == written.Changes)
            {
                continue;
            }
            var changed = written.Since is null || !ReferenceEquals(lastError, written.Error) || failing != written.Failing;
            if (!changed && !force && written.Since?.Elapsed < Throttle)
            {
                continue;
            }
            try
            {
                await datasources.RecordHealthAsync(id, lastOkAt, ReferenceEquals(lastError, written.Error) ? null : lastError, cancellationToken);
                _written[id] = new Written(changes, lastError, failing, Stopwatch.StartNew());
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The metadata store is down or locked: try again at the next tick.
                Log.HealthWriteFailed(logger, exception, id);
                return;
            }
        }
    }

    private readonly record struct Written(long Changes, DatasourceFailure? Error, bool Failing, Stopwatch? Since);
}
