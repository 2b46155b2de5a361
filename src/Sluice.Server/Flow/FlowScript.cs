using StackExchange.Redis;

namespace Sluice.Server.Flow;

/// <summary>A Lua script run atomically on Redis. The client loads it once per server and then
/// calls it by its hash.</summary>
internal sealed class FlowScript(string text)
{
    /// <summary>How long a request waits for Redis before falling back. A round trip takes tens of
    /// microseconds; a whole second is a Redis in trouble, not a busy node pausing.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(1);

    /// <summary>Sends the script without waiting for its answer. Commands on one connection run in
    /// the order they were sent, so a later call from this node sees its effect.</summary>
    public void Send(IDatabase database, RedisKey[] keys, RedisValue[] values) =>
        _ = database.ScriptEvaluateAsync(text, keys, values, CommandFlags.FireAndForget);

    /// <summary>Runs the script, giving up after <paramref name="timeout"/> (measured on
    /// <paramref name="time"/>) with a <see cref="TimeoutException"/>.</summary>
    public async Task<RedisResult> EvaluateAsync(IDatabase database, RedisKey[] keys, RedisValue[] values,
        TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        var call = database.ScriptEvaluateAsync(text, keys, values);
        try
        {
            return await call.WaitAsync(timeout, time, cancellationToken);
        }
        catch (Exception exception) when (exception is TimeoutException or OperationCanceledException)
        {
            // Nobody awaits the abandoned call any more; observe its eventual failure.
            _ = call.ContinueWith(static failed => failed.Exception, CancellationToken.None,
                TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            throw;
        }
    }
}
