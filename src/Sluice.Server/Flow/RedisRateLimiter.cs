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

    private static readonly long WindowMicroseconds = (long)TimeSpan.FromMinutes(1).TotalMicroseconds;

    // KEYS[1] the log; ARGV limit, window (µs), node id, sequence. Returns {allowed, count, now, reset at, retry at} in µs.
    private static readonly FlowScript Acquire = new("""
        local t = redis.call('TIME')
        local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
        local limit = tonumber(ARGV[1])
        local window = tonumber(ARGV[2])
        redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
        local count = redis.call('ZCARD', KEYS[1])
        local allowed = 0
        if count < limit then
          redis.call('ZADD', KEYS[1], now, ARGV[3] .. ':' .. ARGV[4])
          redis.call('PEXPIRE', KEYS[1], math.floor(window / 1000) + 1000)
          count = count + 1
          allowed = 1
        end
        local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
        local retry = 0
        if allowed == 0 then
          local next = redis.call('ZRANGE', KEYS[1], count - limit, count - limit, 'WITHSCORES')
          retry = tonumber(next[2]) + window
        end
        return {allowed, count, now, tonumber(oldest[2]) + window, retry}
        """);

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
        var result = await Acquire.EvaluateAsync(database, [KeyPrefix + key],
            [limitPerMinute, WindowMicroseconds, _node, Interlocked.Increment(ref _sequence)], _timeout, time, cancellationToken);
        var values = (long[])result!;
        var now = values[2];
        return values[0] == 1
            ? new RateDecision(true, limitPerMinute, Math.Max(0, limitPerMinute - (int)values[1]), At(values[3]), TimeSpan.Zero)
            : new RateDecision(false, limitPerMinute, 0, At(values[3]), TimeSpan.FromMicroseconds(values[4] - now));
    }

    private static DateTimeOffset At(long unixMicroseconds) =>
        DateTimeOffset.UnixEpoch.AddTicks(unixMicroseconds * TimeSpan.TicksPerMicrosecond);
}
