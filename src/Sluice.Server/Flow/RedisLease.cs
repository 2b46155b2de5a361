using Sluice.Core.Flow;
using StackExchange.Redis;

namespace Sluice.Server.Flow;

/// <summary>A slot held in Redis by this node. Released to Redis whatever mode flow control is in
/// by then.</summary>
internal sealed class RedisLease(RedisConcurrencyLimiter limiter, string key, RedisKey redisKey, string slotId, long id, int inFlight)
    : ConcurrencyLease(key, inFlight)
{
    public RedisKey RedisKey { get; } = redisKey;

    /// <summary>The member of the key's sorted set: node id and sequence.</summary>
    public string SlotId { get; } = slotId;

    /// <summary>This node's sequence number of the lease.</summary>
    public long Id { get; } = id;

    protected override ValueTask<int?> ReleaseSlotAsync() => limiter.ReleaseAsync(this);
}
