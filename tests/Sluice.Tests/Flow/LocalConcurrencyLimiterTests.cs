using Sluice.Core.Flow;
using Sluice.TestSupport;

namespace Sluice.Tests.Flow;

public sealed class LocalConcurrencyLimiterTests
{
    private readonly LocalConcurrencyLimiter _limiter = new();

    [Fact]
    public async Task TryAcquireAsync_UpToMax_ThenRejects()
    {
        var first = await Acquire("client", 2);
        var second = await Acquire("client", 2);
        var third = await Acquire("client", 2);

        Assert.Equal(1, first!.InFlight);
        Assert.Equal(2, second!.InFlight);
        Assert.Null(third);
    }

    [Fact]
    public async Task DisposeAsync_ReleasesTheSlot()
    {
        var held = await Acquire("client", 1);
        Assert.Null(await Acquire("client", 1));

        await held!.DisposeAsync();

        Assert.NotNull(await Acquire("client", 1));
    }

    [Fact]
    public async Task DisposeAsync_Twice_ReleasesOnce()
    {
        var first = await Acquire("client", 2);
        await using var second = await Acquire("client", 2);

        await first!.DisposeAsync();
        await first.DisposeAsync();

        Assert.True(first.IsReleased);
        Assert.NotNull(await Acquire("client", 2));
        Assert.Null(await Acquire("client", 2));
    }

    [Fact]
    public async Task ReleaseAsync_ReportsTheSlotsStillHeld()
    {
        var first = await Acquire("client", 3);
        var second = await Acquire("client", 3);

        Assert.Equal(1, await first!.ReleaseAsync());
        Assert.Null(await first.ReleaseAsync());
        Assert.Equal(0, await second!.ReleaseAsync());
        Assert.Equal(0, _limiter.TrackedKeys);
    }

    [Fact]
    public async Task TryAcquireAsync_DifferentKeys_AreLimitedIndependently()
    {
        Assert.NotNull(await Acquire("alice", 1));
        Assert.Null(await Acquire("alice", 1));

        Assert.NotNull(await Acquire("bob", 1));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public async Task TryAcquireAsync_NoLimit_ReturnsALeaseHoldingNoSlot(int max)
    {
        var leases = new List<ConcurrencyLease>();
        for (var i = 0; i < 10; i++)
        {
            leases.Add((await Acquire("client", max))!);
        }

        Assert.Equal(10, leases.Count);
        Assert.Equal(0, _limiter.TrackedKeys);
    }

    [Fact]
    public async Task TryAcquireAsync_ManyThreads_NeverExceedTheMaxAndAllSlotsComeBack()
    {
        const int max = 4;
        var inFlight = 0;
        var highest = 0;
        var taken = 0;
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < 20_000; i++)
            {
                var lease = await Acquire("shared", max);
                if (lease is null)
                {
                    continue;
                }
                var now = Interlocked.Increment(ref inFlight);
                Peak.Raise(ref highest, now);
                Interlocked.Increment(ref taken);
                Interlocked.Decrement(ref inFlight);
                await lease.DisposeAsync();
            }
        })));

        Assert.InRange(highest, 1, max);
        Assert.True(taken > 0);
        Assert.Equal(0, _limiter.TrackedKeys);
        var all = new List<ConcurrencyLease?>();
        for (var i = 0; i < max; i++)
        {
            all.Add(await Acquire("shared", max));
        }
        Assert.All(all, Assert.NotNull);
    }

    private ValueTask<ConcurrencyLease?> Acquire(string key, int max) => _limiter.TryAcquireAsync(key, max, CancellationToken.None);
}
