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

        // Twelve workers on three nodes, 20 calls each: 240 calls against a limit of 60.
        await Task.WhenAll(nodes.SelectMany(node => Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            for (var call = 0; call < 20; call++)
            {
                var decision = await node.AcquireAsync(key, 60, CancellationToken.None);
                Interlocked.Increment(ref decision.Allowed ? ref allowed : ref rejected);
            }
        }))));

        Assert.Equal(60, allowed);
        Assert.Equal(180, rejected);
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
        var database = await FlowRedis.DatabaseAsync(connection);
        var before = await FlowRedis.ServerMicrosecondsAsync(database);

        var first = await limiter.AcquireAsync(key, 2, CancellationToken.None);
        var second = await limiter.AcquireAsync(key, 2, CancellationToken.None);
        var third = await limiter.AcquireAsync(key, 2, CancellationToken.None);
        var after = await FlowRedis.ServerMicrosecondsAsync(database);

        Assert.Equal((true, 2, 1), (first.Allowed, first.Limit, first.Remaining));
        Assert.Equal((true, 0), (second.Allowed, second.Remaining));
        Assert.Equal((false, 0), (third.Allowed, third.Remaining));
        // A minute after the first admission, on Redis's clock.
        Assert.InRange(first.ResetAt, AtMicroseconds(before).AddMinutes(1), AtMicroseconds(after).AddMinutes(1));
        Assert.Equal(first.ResetAt, second.ResetAt);
        Assert.Equal(first.ResetAt, third.ResetAt);
        Assert.InRange(third.RetryAfter, TimeSpan.FromSeconds(55), TimeSpan.FromSeconds(60));
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
        // Two requests admitted 61 s ago and one 30 s ago (within the window, however slow this test runs).
        await database.SortedSetAddAsync(RedisRateLimiter.KeyPrefix + key,
            [new("old-1", now - 61_000_000), new("old-2", now - 61_000_000), new("recent", now - 30_000_000)]);

        var admitted = await limiter.AcquireAsync(key, 2, CancellationToken.None);
        var rejected = await limiter.AcquireAsync(key, 2, CancellationToken.None);

        Assert.True(admitted.Allowed);
        Assert.Equal(0, admitted.Remaining);
        Assert.False(rejected.Allowed);
        // Admitted again once the recent one leaves the window: 30 s after it was admitted at most.
        Assert.InRange(rejected.RetryAfter, TimeSpan.FromMilliseconds(1), TimeSpan.FromSeconds(30));
        Assert.Equal(2, await database.SortedSetLengthAsync(RedisRateLimiter.KeyPrefix + key));
    }

    [Fact]
    public async Task AcquireAsync_Admitted_KeyExpiresAfterTheWindow()
    {
        await using var connection = FlowRedis.Connect();
        var limiter = new RedisRateLimiter(connection, TimeProvider.System, Patient);
        var key = FlowRedis.NewKey();
        var database = await FlowRedis.DatabaseAsync(connection);
        var before = await FlowRedis.ServerMicrosecondsAsync(database);

        await limiter.AcquireAsync(key, 5, CancellationToken.None);

        Assert.Equal(RedisType.SortedSet, await database.KeyTypeAsync(RedisRateLimiter.KeyPrefix + key));
        var ttl = (await database.KeyTimeToLiveAsync(RedisRateLimiter.KeyPrefix + key))!.Value;
        var waited = TimeSpan.FromMicroseconds(await FlowRedis.ServerMicrosecondsAsync(database) - before);
        // 61 s when set, less whatever time this test took since.
        Assert.InRange(ttl, TimeSpan.FromSeconds(61) - waited - TimeSpan.FromMilliseconds(1), TimeSpan.FromSeconds(61));
    }

    private static DateTimeOffset AtMicroseconds(long unixMicroseconds) =>
        DateTimeOffset.UnixEpoch.AddTicks(unixMicroseconds * TimeSpan.TicksPerMicrosecond);
}
