using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Sluice.Core.Settings;

namespace Sluice.Server.Gateway;

/// <summary>Checks the metadata revision every second so changes made on other nodes go live
/// within a second, and rebuilds unconditionally every GATEWAY_CONFIG_CACHE_TTL_SECONDS as a
/// safety net.</summary>
// Polling runs on the real clock: it paces I/O, it is not a business rule a test moves.
internal sealed class GatewaySnapshotPoller(GatewaySnapshots snapshots, SluiceSettings settings, ILogger<GatewaySnapshotPoller> logger)
    : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var sinceFull = System.Diagnostics.Stopwatch.StartNew();
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var force = sinceFull.Elapsed >= TimeSpan.FromSeconds(settings.GatewayConfigCacheTtlSeconds);
            try
            {
                await snapshots.RefreshAsync(stoppingToken, force, announce: false);
                if (force)
                {
                    sinceFull.Restart();
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                Log.RefreshFailed(logger, exception, snapshots.Current.Revision);
            }
        }
    }
}
