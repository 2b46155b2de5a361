using System.Diagnostics.Metrics;
using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Sluice.Core.AccessLogs;
using Sluice.Core.Settings;

namespace Sluice.Server.Observability.AccessLogs;

/// <summary>Takes access records on the request path into a bounded queue and writes them to
/// the metadata store in batches. Records that do not fit, or whose batch the store refuses
/// on every retry, are dropped and counted. Stopping writes everything queued first.</summary>
// Batching and retries run on the real clock: they pace I/O, they are not business rules a
// test moves.
internal sealed class AccessLogWriter : BackgroundService, IAccessLog
{
    private const long DropReportIntervalMs = 10_000;

    private readonly Channel<AccessRecord> _queue;
    private readonly AccessLogStore _store;
    private readonly AccessLogBatching _batching;
    private readonly AccessLogCounters _counters;
    private readonly ILogger<AccessLogWriter> _logger;
    // Cancelled when the host's shutdown timeout runs out: the only thing that cuts a flush
    // short. Never disposed: the loop may still be giving up after the host has let go, and a
    // token source without a timer holds nothing to release.
    private readonly CancellationTokenSource _abort = new();
    private int _inFlight;
    private int _loopStarted;
    private AccessLogStats _reported;
    private long _reportedAtMs = Environment.TickCount64;
    private Exception? _lastStoreFailure;

    public AccessLogWriter(AccessLogStore store, SluiceSettings settings, AccessLogBatching batching, IMeterFactory meters, ILogger<AccessLogWriter> logger)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _store = store;
        _batching = batching;
        _logger = logger;
        _counters = new AccessLogCounters(meters, () => Queued);
        // DropWrite reports success for a record it throws away, so the drop is counted in the
        // callback; TryWrite returns false only once the writer has stopped.
        _queue = Channel.CreateBounded<AccessRecord>(new BoundedChannelOptions(settings.AccessLogQueueSize)
        {
            FullMode = BoundedChannelFullMode.DropWrite,
            SingleReader = true,
            SingleWriter = false,
        }, _ => _counters.AddDropped(DropReason.QueueFull, 1));
    }

    /// <summary>Counters since start.</summary>
    public AccessLogStats Stats => _counters.Snapshot(Queued);

    private int Queued => _queue.Reader.Count + Volatile.Read(ref _inFlight);

    public void Record(AccessRecord record)
    {
        if (!_queue.Writer.TryWrite(record))
        {
            _counters.AddDropped(DropReason.Shutdown, 1);
        }
    }

    /// <summary>Takes no more records, writes every queued one, then returns; or returns when
    /// <paramref name="cancellationToken"/> (the host's shutdown timeout) fires, after telling
    /// the loop to give up and count what is left as dropped.</summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        // A stop that comes before ExecuteAsync was scheduled cancels it before it runs, which
        // would leave the queue unwritten: then the loop runs from here. On the thread pool,
        // because a blocked SQLite write does not observe cancellation.
        var takenOver = Interlocked.Exchange(ref _loopStarted, 1) == 0 ? Task.Run(WriteUntilCompletedAsync, CancellationToken.None) : null;
        await base.StopAsync(cancellationToken);
        if (takenOver is not null)
        {
            await takenOver.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
        // Cancelled here rather than from a registration on the token: the base class's wait
        // would resume this method, and dispose such a registration, before it ran.
        if (cancellationToken.IsCancellationRequested)
        {
            _ = _abort.CancelAsync();
        }
    }

    // The stopping token is not watched: StopAsync completes the queue, and the loop ends once
    // the queue is empty.
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Interlocked.Exchange(ref _loopStarted, 1) == 0 ? WriteUntilCompletedAsync() : Task.CompletedTask;

    private async Task WriteUntilCompletedAsync()
    {
        var reader = _queue.Reader;
        var batch = new List<AccessRecord>(_batching.MaxBatch);
        try
        {
            while (await WaitForRecordsAsync(reader))
            {
                await FillAsync(reader, batch);
                await WriteAsync(batch);
                ReportDrops(final: false);
            }
        }
        // The host's shutdown timeout ran out (a driver cancelled mid-command may throw its own
        // exception type): what is left is lost, and counted.
        catch (Exception) when (_abort.IsCancellationRequested)
        {
            // Counted before they stop being queued, as everywhere: the stats may count a record
            // twice for a moment, never zero times.
            var left = batch.Count;
            while (reader.TryRead(out _))
            {
                Volatile.Write(ref _inFlight, ++left);
            }
            if (left > 0)
            {
                Log.FlushCutShort(_logger, left);
                _counters.AddDropped(DropReason.Shutdown, left);
            }
            Volatile.Write(ref _inFlight, 0);
        }
        ReportDrops(final: true);
    }

    /// <summary>Waits for a record (true) or a completed, empty queue (false). While drops
    /// wait to be reported it also wakes when their report is due, so that they are logged
    /// even if no more records come.</summary>
    private async Task<bool> WaitForRecordsAsync(ChannelReader<AccessRecord> reader)
    {
        while (Stats.Dropped > _reported.Dropped)
        {
            using var due = CancellationTokenSource.CreateLinkedTokenSource(_abort.Token);
            due.CancelAfter(TimeSpan.FromMilliseconds(Math.Max(1, _reportedAtMs + DropReportIntervalMs - Environment.TickCount64)));
            try
            {
                return await reader.WaitToReadAsync(due.Token);
            }
            catch (OperationCanceledException) when (!_abort.IsCancellationRequested)
            {
                ReportDrops(final: false);
            }
        }
        return await reader.WaitToReadAsync(_abort.Token);
    }

    /// <summary>Adds queued records to <paramref name="batch"/> until it is full, the queue is
    /// completed, or the flush interval has passed.</summary>
    private async Task FillAsync(ChannelReader<AccessRecord> reader, List<AccessRecord> batch)
    {
        CancellationTokenSource? window = null;
        try
        {
            while (true)
            {
                while (batch.Count < _batching.MaxBatch && reader.TryRead(out var record))
                {
                    batch.Add(record);
                    Volatile.Write(ref _inFlight, batch.Count);
                }
                if (batch.Count >= _batching.MaxBatch)
                {
                    return;
                }
                if (window is null)
                {
                    window = CancellationTokenSource.CreateLinkedTokenSource(_abort.Token);
                    window.CancelAfter(_batching.FlushInterval);
                }
                if (!await WaitWithinAsync(reader, window.Token))
                {
                    return;
                }
            }
        }
        finally
        {
            window?.Dispose();
        }
    }

    /// <summary>True when a record arrived before <paramref name="window"/> closed; false when
    /// the window closed or the queue completed.</summary>
    private async Task<bool> WaitWithinAsync(ChannelReader<AccessRecord> reader, CancellationToken window)
    {
        try
        {
            return await reader.WaitToReadAsync(window);
        }
        catch (OperationCanceledException) when (!_abort.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>Writes <paramref name="batch"/>, retrying with backoff, and empties it. Only an
    /// abort escapes, with the batch still in it.</summary>
    private async Task WriteAsync(List<AccessRecord> batch)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await _store.InsertBatchAsync(batch, _abort.Token);
                _counters.AddWritten(batch.Count);
                break;
            }
            catch (Exception exception) when (!_abort.IsCancellationRequested)
            {
                _lastStoreFailure = exception;
                if (attempt > _batching.RetryDelays.Count)
                {
                    _counters.AddDropped(DropReason.StoreFailure, batch.Count);
                    break;
                }
                var delay = _batching.RetryDelays[attempt - 1];
                Log.WriteRetrying(_logger, exception, batch.Count, attempt, delay.TotalMilliseconds);
                ReportDrops(final: false);
                await Task.Delay(delay, _abort.Token);
            }
        }
        batch.Clear();
        Volatile.Write(ref _inFlight, 0);
    }

    /// <summary>Logs new drops at most every 10 s (and once more when stopping).</summary>
    private void ReportDrops(bool final)
    {
        var stats = Stats;
        var dropped = stats.Dropped - _reported.Dropped;
        var now = Environment.TickCount64;
        if (dropped == 0 || (!final && now - _reportedAtMs < DropReportIntervalMs))
        {
            return;
        }
        Log.RecordsDropped(_logger, _lastStoreFailure, dropped, (now - _reportedAtMs) / 1000.0,
            stats.DroppedQueueFull - _reported.DroppedQueueFull, stats.DroppedStoreFailure - _reported.DroppedStoreFailure,
            stats.DroppedShutdown - _reported.DroppedShutdown, stats.Dropped);
        _reported = stats;
        _reportedAtMs = now;
        _lastStoreFailure = null;
    }
}
