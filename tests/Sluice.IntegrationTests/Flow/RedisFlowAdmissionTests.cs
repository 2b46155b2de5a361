using Sluice.Core.Flow;
using Sluice.Server.Flow;
using Sluice.Server.Observability.Health;
using Sluice.TestSupport;
using StackExchange.Redis;

namespace Sluice.IntegrationTests.Flow;

/// <summary>The slot and the rate token taken in one script: both checked before either is taken.</summary>
public sealed class RedisFlowAdmissionTests : IAsyncLifetime
{
    private static readonly TimeSpan Patient = TimeSpan.FromSeconds(10);

    private readonly RedisConnection _connection = FlowRedis.Connect();
    private readonly string _slotKey = FlowRedis.NewKey();
    private readonly string _rateKey = FlowRedis.NewKey();
    private IDatabase _database = null!;

    public async Task InitializeAsync() => _database = await FlowRedis.DatabaseAsync(_connection);

    [Fact]
    public async Task TryAdmitAsync_BothFree_HoldsTheSlotAndCountsTheRequest()
    {
        using var node = Node(_connection);

        var admission = await node.TryAdmitAsync(Limits(max: 2, rate: 10), CancellationToken.None);

        Assert.False(admission.SlotRefused);
        Assert.Equal(1, admission.Lease!.InFlight);
        Assert.Equal((true, 10, 9), (admission.Rate!.Value.Allowed, admission.Rate.Value.Limit, admission.Rate.Value.Remaining));
        Assert.Equal((1, 1), await LengthsAsync());
        await admission.Lease.DisposeAsync();
        Assert.Equal((0, 1), await LengthsAsync());
    }

    [Fact]
    public async Task TryAdmitAsync_EverySlotHeld_RefusesWithoutCountingTheRequest()
    {
        using var node = Node(_connection);
        var first = await node.TryAdmitAsync(Limits(max: 1, rate: 10), CancellationToken.None);

        var refused = await node.TryAdmitAsync(Limits(max: 1, rate: 10), CancellationToken.None);

        Assert.Equal(FlowAdmission.NoSlot, refused);
        Assert.Equal((1, 1), await LengthsAsync());
        await first.Lease!.DisposeAsync();
    }

    [Fact]
    public async Task TryAdmitAsync_RateSpent_RefusesWithoutTakingASlot()
    {
        using var node = Node(_connection);
        var first = await node.TryAdmitAsync(Limits(max: 5, rate: 1), CancellationToken.None);

        var refused = await node.TryAdmitAsync(Limits(max: 5, rate: 1), CancellationToken.None);

        Assert.False(refused.SlotRefused);
        Assert.Null(refused.Lease);
        Assert.False(refused.Rate!.Value.Allowed);
        Assert.InRange(refused.Rate.Value.RetryAfter, TimeSpan.FromSeconds(50), TimeSpan.FromSeconds(60));
        Assert.Equal((1, 1), await LengthsAsync());
        Assert.Equal(1, node.HeldCount);
        await first.Lease!.DisposeAsync();
    }

    [Fact]
    public async Task TryAdmitAsync_ThreeNodesHammering_NeverExceedTheSlotsAndAdmitExactlyTheRate()
    {
        const int max = 3;
        var connections = Enumerable.Range(0, 3).Select(_ => FlowRedis.Connect()).ToArray();
        var nodes = connections.Select(Node).ToArray();
        var admitted = 0;
        var inFlight = 0;
        var highest = 0;

        // Twelve workers against 3 slots and 60 requests a minute, each retrying a refused slot
        // until the rate refuses it.
        await Task.WhenAll(nodes.SelectMany(node => Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (true)
            {
                var admission = await node.TryAdmitAsync(Limits(max, rate: 60), CancellationToken.None);
                if (admission.SlotRefused)
                {
                    continue;
                }
                if (admission.Lease is not { } lease)
                {
                    break;
                }
                Interlocked.Increment(ref admitted);
                var now = Interlocked.Increment(ref inFlight);
                Peak.Raise(ref highest, now);
                await Task.Yield();
                Interlocked.Decrement(ref inFlight);
                await lease.DisposeAsync();
            }
        }))));

        Assert.Equal(60, admitted);
        Assert.InRange(highest, 1, max);
        Assert.Equal(60, await _database.SortedSetLengthAsync(RedisRateLimiter.KeyPrefix + _rateKey));
        foreach (var node in nodes)
        {
            Assert.Equal(0, node.HeldCount);
            node.Dispose();
        }
        foreach (var connection in connections)
        {
            await connection.DisposeAsync();
        }
    }

    public async Task DisposeAsync() => await _connection.DisposeAsync();

    private FlowLimits Limits(int max, int rate) => new(_slotKey, max, _rateKey, rate);

    private async Task<(long Slots, long Counted)> LengthsAsync() =>
        (await _database.SortedSetLengthAsync(RedisConcurrencyLimiter.KeyPrefix + _slotKey),
            await _database.SortedSetLengthAsync(RedisRateLimiter.KeyPrefix + _rateKey));

    private static RedisConcurrencyLimiter Node(RedisConnection connection) => new(connection, TimeProvider.System, callTimeout: Patient);
}
