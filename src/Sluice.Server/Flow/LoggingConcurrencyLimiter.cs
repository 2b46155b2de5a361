using Microsoft.Extensions.Logging;
using Sluice.Core.Flow;

namespace Sluice.Server.Flow;

/// <summary>Logs every slot taken, refused and released (CONCURRENT_DEBUG).</summary>
internal sealed class LoggingConcurrencyLimiter(IConcurrencyLimiter inner, ILogger logger) : IConcurrencyLimiter
{
    public async ValueTask<ConcurrencyLease?> TryAcquireAsync(string key, int maxConcurrent, CancellationToken cancellationToken)
    {
        var lease = await inner.TryAcquireAsync(key, maxConcurrent, cancellationToken);
        if (lease is null)
        {
            Log.SlotRefused(logger, key, maxConcurrent);
            return null;
        }
        Log.SlotTaken(logger, key, lease.InFlight, maxConcurrent);
        return new LoggingLease(lease, logger);
    }
}
