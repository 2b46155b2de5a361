using Microsoft.Extensions.Logging;
using Sluice.Core.Flow;

namespace Sluice.Server.Flow;

/// <summary>A lease that logs its release (CONCURRENT_DEBUG).</summary>
internal sealed class LoggingLease(ConcurrencyLease inner, ILogger logger) : ConcurrencyLease(inner.Key, inner.InFlight)
{
    protected override async ValueTask<int?> ReleaseSlotAsync()
    {
        var left = await inner.ReleaseAsync();
        Log.SlotReleased(logger, Key, left);
        return left;
    }
}
