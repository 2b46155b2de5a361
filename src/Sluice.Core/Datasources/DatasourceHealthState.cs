namespace Sluice.Core.Datasources;

/// <summary>What real traffic (gateway calls, debug runs) last saw of one datasource, in
/// memory. Updates are lock-free: a success writes its time at most once a second (except the
/// first success after a failure, always), so concurrent requests rarely touch the same memory.</summary>
public sealed class DatasourceHealthState
{
    private long _lastOkTicks;
    private DatasourceFailure? _lastError;
    private bool _failing;
    private long _changes;

    /// <summary>Records a statement that ran to completion.</summary>
    public void RecordSuccess(DateTimeOffset now)
    {
        var ticks = now.UtcTicks;
        if (ticks - Volatile.Read(ref _lastOkTicks) < TimeSpan.TicksPerSecond && !Volatile.Read(ref _failing))
        {
            return;
        }
        Volatile.Write(ref _lastOkTicks, ticks);
        Volatile.Write(ref _failing, false);
        Interlocked.Increment(ref _changes);
    }

    /// <summary>Records a failure that is the datasource's or the API's (not the caller's).</summary>
    public void RecordFailure(string message, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(message);
        Volatile.Write(ref _lastError, new DatasourceFailure(message, now));
        Volatile.Write(ref _failing, true);
        Interlocked.Increment(ref _changes);
    }

    /// <summary>The last success (null before the first), and the last failure (null before the first).</summary>
    public (DateTimeOffset? LastOkAt, DatasourceFailure? LastError, bool Failing, long Changes) Read()
    {
        var changes = Volatile.Read(ref _changes);
        var ticks = Volatile.Read(ref _lastOkTicks);
        return (ticks == 0 ? null : new DateTimeOffset(ticks, TimeSpan.Zero), Volatile.Read(ref _lastError), Volatile.Read(ref _failing), changes);
    }
}
