using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Sluice.Core.AccessLogs;
using Sluice.Core.Settings;

namespace Sluice.Server.Observability.AccessLogs;

/// <summary>Deletes access records older than ACCESS_LOG_RETENTION_DAYS, shortly after start
/// and then every hour.</summary>
// The schedule runs on the real clock (it paces I/O); "now" comes from the TimeProvider, so
// tests decide which records are old.
internal sealed class AccessLogRetention(AccessLogStore store, SluiceSettings settings, TimeProvider time, ILogger<AccessLogRetention> logger)
    : BackgroundService
{
    /// <summary>Rows per DELETE: short statements, so the writer is never held up for long.</summary>
    public const int BatchSize = 5000;

    private static readonly TimeSpan FirstRun = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (settings.AccessLogRetentionDays <= 0)
        {
            return;
        }
        try
        {
            await Task.Delay(FirstRun, stoppingToken);
            using var timer = new PeriodicTimer(Interval);
            do
            {
                await PurgeAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    /// <summary>Deletes the records that are past retention now; returns how many. A failure
    /// is logged, not thrown: the next run tries again.</summary>
    public async Task<long> PurgeAsync(CancellationToken cancellationToken)
    {
        var days = settings.AccessLogRetentionDays;
        if (days <= 0)
        {
            return 0;
        }
        try
        {
            var purged = await store.PurgeOlderThanAsync(time.GetUtcNow().AddDays(-days), BatchSize, cancellationToken);
            if (purged > 0)
            {
                Log.Purged(logger, purged, days);
            }
            return purged;
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            Log.PurgeFailed(logger, exception);
            return 0;
        }
    }
}
