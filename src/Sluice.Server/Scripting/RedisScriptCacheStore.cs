using System.Globalization;
using Sluice.Core.Scripting;
using Sluice.Core.Scripting.Hosts;
using Sluice.Server.Flow;
using Sluice.Server.Observability.Health;
using StackExchange.Redis;

namespace Sluice.Server.Scripting;

/// <summary>The script cache in Redis, shared by every node: one string per key under
/// <c>sluice:script-cache:{apiId}:{key}</c>, expiring by Redis's TTL. A Redis that fails is a
/// failure the script sees (and may catch), not a silent miss.</summary>
/// <param name="time">The clock of the call timeout.</param>
internal sealed class RedisScriptCacheStore(RedisConnection connection, TimeProvider time, TimeSpan? callTimeout = null) : IScriptCacheStore
{
    public const string KeyPrefix = "sluice:script-cache:";

    // KEYS[1] the key; ARGV by, ttl (s). A new key gets the ttl, an existing one keeps its own.
    // Returns the sum, or false (nil) when the value is not a whole number or the sum overflows.
    private static readonly FlowScript Increment = new("""
        local sum = redis.pcall('INCRBY', KEYS[1], ARGV[1])
        if type(sum) == 'table' and sum.err then
          return false
        end
        if redis.call('TTL', KEYS[1]) == -1 then
          redis.call('EXPIRE', KEYS[1], ARGV[2])
        end
        return sum
        """);

    private readonly TimeSpan _timeout = callTimeout ?? TimeSpan.FromSeconds(2);

    /// <summary>The Redis key of <paramref name="key"/> of API <paramref name="apiId"/>.</summary>
    public static string RedisKey(long apiId, string key) => string.Create(CultureInfo.InvariantCulture, $"{KeyPrefix}{apiId}:{key}");

    public async ValueTask<string?> GetAsync(long apiId, string key, CancellationToken cancellationToken)
    {
        var value = await CallAsync("cache.get", database => database.StringGetAsync(RedisKey(apiId, key)), cancellationToken);
        return value.IsNull ? null : value.ToString();
    }

    public async ValueTask SetAsync(long apiId, string key, string json, TimeSpan ttl, CancellationToken cancellationToken) =>
        await CallAsync("cache.set", database => database.StringSetAsync(RedisKey(apiId, key), json, ttl), cancellationToken);

    public async ValueTask<bool> DeleteAsync(long apiId, string key, CancellationToken cancellationToken) =>
        await CallAsync("cache.del", database => database.KeyDeleteAsync(RedisKey(apiId, key)), cancellationToken);

    public async ValueTask<long?> IncrementAsync(long apiId, string key, long by, TimeSpan ttl, CancellationToken cancellationToken)
    {
        var result = await CallAsync("cache.incr", database => Increment.EvaluateAsync(database, [RedisKey(apiId, key)],
            [by, (long)ttl.TotalSeconds], _timeout, time, cancellationToken), cancellationToken);
        return result.IsNull ? null : (long)result;
    }

    private async Task<T> CallAsync<T>(string call, Func<IDatabase, Task<T>> command, CancellationToken cancellationToken)
    {
        try
        {
            var database = await connection.GetDatabaseAsync(_timeout, time, cancellationToken);
            return await command(database).WaitAsync(_timeout, time, cancellationToken);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            throw new ScriptHostException($"{call}: the cache (Redis) did not answer; try again shortly.");
        }
    }
}
