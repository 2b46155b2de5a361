using System.Collections.Concurrent;
using System.Globalization;
using Sluice.Core.Flow;
using Sluice.Server.Observability.Health;
using StackExchange.Redis;

namespace Sluice.Server.Flow;

/// <summary>Concurrency limits shared by every node through Redis: one sorted set of slot ids per
/// key, scored by when each lease expires on Redis's clock. Held leases are renewed on a timer, so
/// a long request keeps its slot and the slots of a node that died expire by themselves.</summary>
internal sealed class RedisConcurrencyLimiter : IConcurrencyLimiter, IDisposable
{
    public const string KeyPrefix = "sluice:cc:";

    public static readonly TimeSpan DefaultLeaseDuration = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan DefaultRenewInterval = TimeSpan.FromSeconds(10);

    // KEYS[1] the slots; ARGV lease (ms), slot id. Pushes the expiry of a slot still held; returns 0 when it is gone.
    private static readonly FlowScript RenewScript = new("""
        local t = redis.call('TIME')
        local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
        local lease = tonumber(ARGV[1])
        if redis.call('ZSCORE', KEYS[1], ARGV[2]) == false then
          return 0
        end
        redis.call('ZADD', KEYS[1], now + lease, ARGV[2])
        if redis.call('PTTL', KEYS[1]) < lease + 1000 then
          redis.call('PEXPIRE', KEYS[1], lease + 1000)
        end
        return 1
        """);

    // KEYS[1] the slots; ARGV slot id. Returns the slots still held.
    private static readonly FlowScript ReleaseScript = new("""
        redis.call('ZREM', KEYS[1], ARGV[1])
        return redis.call('ZCARD', KEYS[1])
        """);

    private readonly RedisConnection _connection;
    private readonly TimeProvider _time;
    private readonly TimeSpan _timeout;
    private readonly long _leaseMilliseconds;
    private readonly bool _countReleases;
    private readonly string _node = Random.Shared.NextInt64().ToString("x", CultureInfo.InvariantCulture);
    private readonly ConcurrentDictionary<long, RedisLease> _held = new();
    private readonly ITimer _renewal;
    private long _sequence;
    private int _renewing;

    /// <param name="connection">The Redis to share the slots through.</param>
    /// <param name="time">Drives the renewal timer and measures the call timeout.</param>
    /// <param name="leaseDuration">How long a slot outlives its last renewal (30 s).</param>
    /// <param name="renewInterval">How often held slots are renewed (10 s); infinite for never.</param>
    /// <param name="callTimeout">How long to wait for Redis per call (1 s).</param>
    /// <param name="countReleases">Wait for each release's answer, so a lease reports the slots
    /// left (CONCURRENT_DEBUG logs them). Otherwise a release is sent without waiting: the
    /// response is not held back by a round trip, and this node's own next acquire still sees
    /// the slot free, as Redis runs one connection's commands in order.</param>
    public RedisConcurrencyLimiter(RedisConnection connection, TimeProvider time, TimeSpan? leaseDuration = null,
        TimeSpan? renewInterval = null, TimeSpan? callTimeout = null, bool countReleases = true)
    {
        _connection = connection;
        _time = time;
        _countReleases = countReleases;
        _timeout = callTimeout ?? FlowScript.DefaultTimeout;
        _leaseMilliseconds = (long)(leaseDuration ?? DefaultLeaseDuration).TotalMilliseconds;
        var interval = renewInterval ?? DefaultRenewInterval;
        _renewal = time.CreateTimer(static limiter => _ = ((RedisConcurrencyLimiter)limiter!).RenewAsync(), this, interval, interval);
    }

    /// <summary>Slots this node holds in Redis.</summary>
    internal int HeldCount => _held.Count;

    public async ValueTask<ConcurrencyLease?> TryAcquireAsync(string key, int maxConcurrent, CancellationToken cancellationToken)
    {
        if (maxConcurrent <= 0)
        {
            return new UnlimitedLease(key);
        }
        var database = await _connection.GetDatabaseAsync(_timeout, _time, cancellationToken);
        var (id, slotId) = NextSlot();
        RedisKey redisKey = KeyPrefix + key;
        var values = (long[])(await FlowLua.Slot.EvaluateAsync(database, [redisKey], [maxConcurrent, _leaseMilliseconds, slotId],
            _timeout, _time, cancellationToken))!;
        return values[0] == 1 ? Hold(key, redisKey, slotId, id, (int)values[1]) : null;
    }

    /// <summary>Takes a slot and a rate token in one round trip (<see cref="FlowLua.Admit"/>): both
    /// limits are checked before either is taken. Both limits must be positive.</summary>
    public async ValueTask<FlowAdmission> TryAdmitAsync(FlowLimits limits, CancellationToken cancellationToken)
    {
        var database = await _connection.GetDatabaseAsync(_timeout, _time, cancellationToken);
        var (id, slotId) = NextSlot();
        RedisKey redisKey = KeyPrefix + limits.SlotKey;
        var values = (long[])(await FlowLua.Admit.EvaluateAsync(database, [redisKey, RedisRateLimiter.KeyPrefix + limits.RateKey],
            [limits.MaxConcurrent, _leaseMilliseconds, slotId, limits.RatePerMinute, RedisRateLimiter.WindowMicroseconds],
            _timeout, _time, cancellationToken))!;
        if (values[0] != 1)
        {
            return FlowAdmission.NoSlot;
        }
        var decision = RedisRateLimiter.Decision(values, 2, limits.RatePerMinute);
        return new FlowAdmission(false, decision.Allowed ? Hold(limits.SlotKey, redisKey, slotId, id, (int)values[1]) : null, decision);
    }

    private (long Id, string SlotId) NextSlot()
    {
        var id = Interlocked.Increment(ref _sequence);
        return (id, _node + ":" + id.ToString(CultureInfo.InvariantCulture));
    }

    private RedisLease Hold(string key, RedisKey redisKey, string slotId, long id, int inFlight)
    {
        var lease = new RedisLease(this, key, redisKey, slotId, id, inFlight);
        _held[id] = lease;
        return lease;
    }

    public void Dispose() => _renewal.Dispose();

    /// <summary>Gives a slot back to Redis, best effort: a slot that cannot be removed (Redis down,
    /// or the process shutting down) expires.</summary>
    internal ValueTask<int?> ReleaseAsync(RedisLease lease)
    {
        _held.TryRemove(lease.Id, out _);
        if (!_countReleases)
        {
            try
            {
                var database = _connection.GetDatabaseAsync(_timeout, _time, CancellationToken.None);
                if (database.IsCompletedSuccessfully)
                {
                    ReleaseScript.Send(database.Result, [lease.RedisKey], [lease.SlotId]);
                    return ValueTask.FromResult<int?>(null);
                }
            }
            catch (Exception exception) when (FlowFallback.IsRedisFailure(exception) || exception is ObjectDisposedException)
            {
                return ValueTask.FromResult<int?>(null);
            }
        }
        return ReleaseAndCountAsync(lease);
    }

    private async ValueTask<int?> ReleaseAndCountAsync(RedisLease lease)
    {
        try
        {
            var database = await _connection.GetDatabaseAsync(_timeout, _time, CancellationToken.None);
            var result = await ReleaseScript.EvaluateAsync(database, [lease.RedisKey], [lease.SlotId], _timeout, _time, CancellationToken.None);
            return (int)result;
        }
        catch (Exception exception) when (FlowFallback.IsRedisFailure(exception) || exception is ObjectDisposedException)
        {
            return null;
        }
    }

    private async Task RenewAsync()
    {
        if (_held.IsEmpty || Interlocked.Exchange(ref _renewing, 1) != 0)
        {
            return;
        }
        try
        {
            var database = await _connection.GetDatabaseAsync(_timeout, _time, CancellationToken.None);
            var renewals = new List<Task>(_held.Count);
            foreach (var lease in _held.Values)
            {
                renewals.Add(RenewAsync(database, lease));
            }
            await Task.WhenAll(renewals);
        }
        catch (Exception exception) when (FlowFallback.IsRedisFailure(exception) || exception is ObjectDisposedException)
        {
            // Best effort: a slot not renewed in time expires, and the next tick tries again.
        }
        finally
        {
            Volatile.Write(ref _renewing, 0);
        }
    }

    private async Task RenewAsync(IDatabase database, RedisLease lease)
    {
        var result = await RenewScript.EvaluateAsync(database, [lease.RedisKey], [_leaseMilliseconds, lease.SlotId], _timeout, _time, CancellationToken.None);
        if ((int)result == 0)
        {
            // Expired or released meanwhile (e.g. Redis restarted): stop renewing rather than take a slot back.
            _held.TryRemove(lease.Id, out _);
        }
    }
}
