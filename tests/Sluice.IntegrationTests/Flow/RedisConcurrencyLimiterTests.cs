using Microsoft.Extensions.Time.Testing;
using Sluice.Core.Flow;
using Sluice.IntegrationTests.Infrastructure;
using Sluice.Server.Flow;
using Sluice.Server.Observability.Health;
using Sluice.TestSupport;
using StackExchange.Redis;

namespace Sluice.IntegrationTests.Flow;

public sealed class RedisConcurrencyLimiterTests
{
    private static readonly TimeSpan Patient = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task TryAcquireAsync_ThreeNodes_NeverExceedTheMaxAndFreeOnDispose()
    {
        const int max = 3;
        const int leasesPerWorker = 20;
        var key = FlowRedis.NewKey();
        var connections = Enumerable.Range(0, 3).Select(_ => FlowRedis.Connect()).ToArray();
        var nodes = connections.Select(Node).ToArray();
        var inFlight = 0;
        var highest = 0;
        var taken = 0;

        // Nine workers on three nodes each take a fixed number of leases, retrying when refused.
        await Task.WhenAll(nodes.SelectMany(node => Enumerable.Range(0, 3).Select(_ => Task.Run(async () =>
        {
            for (var mine = 0; mine < leasesPerWorker;)
            {
                await using var lease = await node.TryAcquireAsync(key, max, CancellationToken.None);
                if (lease is null)
                {
                    continue;
                }
                mine++;
                var now = Interlocked.Increment(ref inFlight);
                Peak.Raise(ref highest, now);
                Interlocked.Increment(ref taken);
                await Task.Yield();
                Interlocked.Decrement(ref inFlight);
            }
        }))));

        Assert.InRange(highest, 1, max);
        Assert.Equal(9 * leasesPerWorker, taken);
        var database = await FlowRedis.DatabaseAsync(connections[0]);
        Assert.Equal(0, await database.SortedSetLengthAsync(RedisConcurrencyLimiter.KeyPrefix + key));
        var again = new List<ConcurrencyLease?>();
        for (var i = 0; i < max; i++)
        {
            again.Add(await nodes[i].TryAcquireAsync(key, max, CancellationToken.None));
        }
        Assert.All(again, Assert.NotNull);
        Assert.Null(await nodes[0].TryAcquireAsync(key, max, CancellationToken.None));
        foreach (var lease in again)
        {
            await lease!.DisposeAsync();
        }
        foreach (var node in nodes)
        {
            node.Dispose();
        }
        foreach (var connection in connections)
        {
            await connection.DisposeAsync();
        }
    }

    [Fact]
    public async Task DisposeAsync_Twice_ReleasesOnce()
    {
        await using var connection = FlowRedis.Connect();
        using var limiter = Node(connection);
        var key = FlowRedis.NewKey();
        var first = await limiter.TryAcquireAsync(key, 2, CancellationToken.None);
        await using var second = await limiter.TryAcquireAsync(key, 2, CancellationToken.None);

        Assert.Equal(1, await first!.ReleaseAsync());
        await first.DisposeAsync();

        Assert.Equal(2, second!.InFlight);
        await using var third = await limiter.TryAcquireAsync(key, 2, CancellationToken.None);
        Assert.NotNull(third);
        Assert.Null(await limiter.TryAcquireAsync(key, 2, CancellationToken.None));
    }

    [Fact]
    public async Task DisposeAsync_AfterTheConnectionClosed_GivesUpQuietly()
    {
        var connection = FlowRedis.Connect();
        using var limiter = Node(connection);
        var lease = await limiter.TryAcquireAsync(FlowRedis.NewKey(), 1, CancellationToken.None);
        await connection.DisposeAsync();

        Assert.Null(await lease!.ReleaseAsync());
        Assert.True(lease.IsReleased);
        Assert.Equal(0, limiter.HeldCount);
    }

    [Fact]
    public async Task TryAcquireAsync_NodeCrashedHoldingASlot_SlotExpires()
    {
        var key = FlowRedis.NewKey();
        await using var survivorConnection = FlowRedis.Connect();
        using var survivor = Node(survivorConnection);
        var crashedConnection = FlowRedis.Connect();
        var crashed = new RedisConcurrencyLimiter(crashedConnection, TimeProvider.System,
            leaseDuration: TimeSpan.FromSeconds(2), renewInterval: Timeout.InfiniteTimeSpan, callTimeout: Patient);
        var database = await FlowRedis.DatabaseAsync(survivorConnection);

        Assert.NotNull(await crashed.TryAcquireAsync(key, 1, CancellationToken.None));
        var expiresAtMs = await ExpiryAsync(database, key);
        crashed.Dispose();
        await crashedConnection.DisposeAsync();
        var attempt = await survivor.TryAcquireAsync(key, 1, CancellationToken.None);
        // Judged on Redis's clock, not on how fast this machine is: an attempt that Redis
        // answered before the lease ran out must have been refused.
        if (await FlowRedis.ServerMicrosecondsAsync(database) / 1000 < expiresAtMs)
        {
            Assert.Null(attempt);
        }
        else if (attempt is not null)
        {
            await attempt.DisposeAsync();
        }

        // The lease runs out on Redis's clock; nothing renews it.
        ConcurrencyLease? freed = null;
        await Eventually.UntilAsync(async () => (freed = await survivor.TryAcquireAsync(key, 1, CancellationToken.None)) is not null,
            "the crashed node's slot expired");
        Assert.NotNull(freed);
        await freed.DisposeAsync();
    }

    [Fact]
    public async Task TryAcquireAsync_SlotHeldAcrossRenewals_ExpiryMovesForwardAndOthersStayOut()
    {
        var key = FlowRedis.NewKey();
        var time = new FakeTimeProvider();
        var renewEvery = TimeSpan.FromSeconds(10);
        await using var connection = FlowRedis.Connect();
        using var holder = new RedisConcurrencyLimiter(connection, time, renewInterval: renewEvery, callTimeout: TimeSpan.FromHours(1));
        await using var otherConnection = FlowRedis.Connect();
        using var other = Node(otherConnection);
        var database = await FlowRedis.DatabaseAsync(connection);

        var lease = await holder.TryAcquireAsync(key, 1, CancellationToken.None);
        var taken = await ExpiryAsync(database, key);

        // Each tick of the (fake) renewal timer pushes the slot's expiry to Redis's now + the lease.
        await Eventually.UntilAsync(async () =>
        {
            time.Advance(renewEvery);
            return await ExpiryAsync(database, key) > taken;
        }, "a renewal moved the slot's expiry forward");

        Assert.Null(await other.TryAcquireAsync(key, 1, CancellationToken.None));
        await lease!.DisposeAsync();
        await using var next = await other.TryAcquireAsync(key, 1, CancellationToken.None);
        Assert.NotNull(next);
    }

    [Fact]
    public async Task TryAcquireAsync_Taken_SlotScoredByItsExpiryUnderThePrefixedKey()
    {
        await using var connection = FlowRedis.Connect();
        using var limiter = Node(connection);
        var key = FlowRedis.NewKey();
        var database = await FlowRedis.DatabaseAsync(connection);
        var before = await FlowRedis.ServerMicrosecondsAsync(database) / 1000;

        await using var lease = await limiter.TryAcquireAsync(key, 5, CancellationToken.None);

        var slots = await database.SortedSetRangeByRankWithScoresAsync(RedisConcurrencyLimiter.KeyPrefix + key);
        var ttl = (await database.KeyTimeToLiveAsync(RedisConcurrencyLimiter.KeyPrefix + key))!.Value;
        var after = await FlowRedis.ServerMicrosecondsAsync(database) / 1000;
        var slot = Assert.Single(slots);
        // Scored 30 s after it was taken, on Redis's clock; the key outlives it by a second.
        Assert.InRange(slot.Score, before + 30_000, after + 30_000);
        Assert.InRange(ttl, TimeSpan.FromMilliseconds(31_000 - (after - before) - 1), TimeSpan.FromSeconds(31));
    }

    [Fact]
    public async Task ReleaseAsync_NotCounted_NextAcquireOnTheNodeFindsTheSlotFree()
    {
        await using var connection = FlowRedis.Connect();
        using var limiter = new RedisConcurrencyLimiter(connection, TimeProvider.System, callTimeout: Patient, countReleases: false);
        var key = FlowRedis.NewKey();

        // One slot, taken and given back 200 times in a row: the release is not awaited, yet the
        // next acquire never finds the slot still held.
        for (var i = 0; i < 200; i++)
        {
            var lease = await limiter.TryAcquireAsync(key, 1, CancellationToken.None);
            Assert.NotNull(lease);
            Assert.Null(await lease.ReleaseAsync());
        }

        var database = await FlowRedis.DatabaseAsync(connection);
        Assert.Equal(0, await database.SortedSetLengthAsync(RedisConcurrencyLimiter.KeyPrefix + key));
        Assert.Equal(0, limiter.HeldCount);
    }

    private static async Task<double> ExpiryAsync(IDatabase database, string key) =>
        Assert.Single(await database.SortedSetRangeByRankWithScoresAsync(RedisConcurrencyLimiter.KeyPrefix + key)).Score;

    private static RedisConcurrencyLimiter Node(RedisConnection connection) =>
        new(connection, TimeProvider.System, callTimeout: Patient);
}
