using System.Diagnostics;
using Sluice.Server.Flow;
using StackExchange.Redis;

namespace Sluice.IntegrationTests.Flow;

public sealed class RedisRateLimiterTests
{
    private static readonly TimeSpan Patient = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task AcquireAsync_ThreeNodesHammeringOneKey_AdmitExactlyTheLimit()
    {
        var key = FlowRedis.NewKey();
        var connections = Enumerable.Range(0, 3).Select(_ => FlowRedis.Connect()).ToArray();
        var nodes = connections.Select(connection => new RedisRateLimiter(connection, TimeProvider.System, Patient)).ToArray();
        var allowed = 0;
        var rejected = 0;
        var clock = Stopwatch.StartNew();

        await Task.WhenAll(nodes.SelectMany(node => Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (clock.Elapsed < TimeSpan.FromSeconds(2))
            {
                var decision = await node.AcquireAsync(key, 60, CancellationToken.None);
                Interlocked.Increment(ref decision.Allowed ? ref allowed : ref rejected);
            }
        }))));

        Assert.Equal(60, allowed);
        Assert.True(rejected > 0);
        var database = await FlowRedis.DatabaseAsync(connections[0]);
        Assert.Equal(60, await database.SortedSetLengthAsync(RedisRateLimiter.KeyPrefix + key));
        foreach (var connection in connections)
        {
            await connection.DisposeAsync();
        }
    }

    [Fact]
    public async Task AcquireAsync_LimitReached_RejectsUntilTheOldestLeavesTheWindow()
    {
        await using var connection = FlowRedis.Connect();
        var limiter = new RedisRateLimiter(connection, TimeProvider.System, Patient);
        var key = FlowRedis.NewKey();

        var first = await limiter.AcquireAsync(key, 2, CancellationToken.None);
        var second = await limiter.AcquireAsync(key, 2, CancellationToken.None);
        var third = await limiter.AcquireAsync(key, 2, CancellationToken.None);

        Assert.Equal((true, 2, 1), (first.Allowed, first.Limit, first.Remaining));
        Assert.Equal((true, 0), (second.Allowed, second.Remaining));
        Assert.Equal((false, 0), (third.Allowed, third.Remaining));
        Assert.InRange(first.ResetAt, DateTimeOffset.UtcNow.AddSeconds(55), DateTimeOffset.UtcNow.AddSeconds(65));
        Assert.Equal(first.ResetAt, second.ResetAt);
        Assert.Equal(first.ResetAt, third.ResetAt);
        Assert.InRange(third.RetryAfter, TimeSpan.FromSeconds(55), TimeSpan.FromSeconds(60));
        var database = await FlowRedis.DatabaseAsync(connection);
        Assert.Equal(2, await database.SortedSetLengthAsync(RedisRateLimiter.KeyPrefix + key));
    }

    [Fact]
    public async Task AcquireAsync_RequestsOlderThanAMinute_NoLongerCount()
    {
        await using var connection = FlowRedis.Connect();
        var limiter = new RedisRateLimiter(connection, TimeProvider.System, Patient);
        var database = await FlowRedis.DatabaseAsync(connection);
        var key = FlowRedis.NewKey();
        var now = await FlowRedis.ServerMicrosecondsAsync(database);
        // Two requests admitted 61 s ago and one 59.5 s ago (within the window by half a second).
        await database.SortedSetAddAsync(RedisRateLimiter.KeyPrefix + key,
            [new("old-1", now - 61_000_000), new("old-2", now - 61_000_000), new("recent", now - 59_500_000)]);

        var admitted = await limiter.AcquireAsync(key, 2, CancellationToken.None);
        var rejected = await limiter.AcquireAsync(key, 2, CancellationToken.None);

        Assert.True(admitted.Allowed);
        Assert.Equal(0, admitted.Remaining);
        Assert.False(rejected.Allowed);
        Assert.InRange(rejected.RetryAfter, TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(500));
        Assert.Equal(2, await database.SortedSetLengthAsync(RedisRateLimiter.KeyPrefix + key));
    }

    [Fact]
    public async Task AcquireAsync_Admitted_KeyExpiresAfterTheWindow()
    {
        await using var connection = FlowRedis.Connect();
        var limiter = new RedisRateLimiter(connection, TimeProvider.System, Patient);
        var key = FlowRedis.NewKey();

        await limiter.AcquireAsync(key, 5, CancellationToken.None);

        var database = await FlowRedis.DatabaseAsync(connection);
        Assert.Equal(RedisType.SortedSet, await database.KeyTypeAsync(RedisRateLimiter.KeyPrefix + key));
        Assert.InRange((await database.KeyTimeToLiveAsync(RedisRateLimiter.KeyPrefix + key))!.Value,
            TimeSpan.FromSeconds(59), TimeSpan.FromSeconds(61));
    }
}
