using System.Globalization;
using Sluice.Core.Flow;
using Sluice.Server.Observability.Health;
using StackExchange.Redis;

namespace Sluice.Server.Flow;

/// <summary>Sliding-log rate limits shared by every node through Redis: one sorted set of admitted
/// request times per key, updated by one atomic script on Redis's clock.</summary>
/// <param name="time">The clock of the response's reset time and of the call timeout.</param>
internal sealed class RedisRateLimiter(RedisConnection connection, TimeProvider time, TimeSpan? callTimeout = null) : IRateLimiter
{
    public const string KeyPrefix = "sluice:rl:";

    internal static readonly long WindowMicroseconds = (long)TimeSpan.FromMinutes(1).TotalMicroseconds;

    private readonly TimeSpan _timeout = callTimeout ?? FlowScript.DefaultTimeout;
    private readonly RedisValue _node = Random.Shared.NextInt64().ToString("x", CultureInfo.InvariantCulture);
    private long _sequence;

    public async ValueTask<RateDecision> AcquireAsync(string key, int limitPerMinute, CancellationToken cancellationToken)
    {
        if (limitPerMinute <= 0)
        {
            return new RateDecision(true, 0, 0, time.GetUtcNow(), TimeSpan.Zero);
        }
        var database = await connection.GetDatabaseAsync(_timeout, time, cancellationToken);
        var result = await FlowLua.Rate.EvaluateAsync(database, [KeyPrefix + key],
            [limitPerMinute, WindowMicroseconds, _node, Interlocked.Increment(ref _sequence)], _timeout, time, cancellationToken);
        return Decision((long[])result!, 0, limitPerMinute);
    }

    /// <summary>The decision in a script's answer: {allowed, count, now, reset at, retry at} (µs) from <paramref name="offset"/>.</summary>
    internal static RateDecision Decision(long[] values, int offset, int limitPerMinute)
    {
        var now = values[offset + 2];
        return values[offset] == 1
            ? new RateDecision(true, limitPerMinute, Math.Max(0, limitPerMinute - (int)values[offset + 1]), At(values[offset + 3]), TimeSpan.Zero)
            : new RateDecision(false, limitPerMinute, 0, At(values[offset + 3]), TimeSpan.FromMicroseconds(values[offset + 4] - now));
    }

    private static DateTimeOffset At(long unixMicroseconds) =>
        DateTimeOffset.UnixEpoch.AddTicks(unixMicroseconds * TimeSpan.TicksPerMicrosecond);
}
