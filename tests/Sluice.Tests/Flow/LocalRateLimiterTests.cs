using Microsoft.Extensions.Time.Testing;
using Sluice.Core.Flow;

namespace Sluice.Tests.Flow;

public sealed class LocalRateLimiterTests
{
    private static readonly DateTimeOffset Start = new(2025, 1, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _time = new(Start);
    private readonly LocalRateLimiter _limiter;

    public LocalRateLimiterTests() => _limiter = new LocalRateLimiter(_time);

    [Fact]
    public async Task AcquireAsync_UnderLimit_AllowsAndCountsDown()
    {
        var remaining = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            var decision = await Acquire("client", 3);
            Assert.True(decision.Allowed);
            Assert.Equal(3, decision.Limit);
            Assert.Equal(TimeSpan.Zero, decision.RetryAfter);
            remaining.Add(decision.Remaining);
        }
        var rejected = await Acquire("client", 3);

        Assert.Equal([2, 1, 0], remaining);
        Assert.False(rejected.Allowed);
        Assert.Equal(0, rejected.Remaining);
    }

    [Fact]
    public async Task AcquireAsync_Allowed_ResetAtIsWhenTheOldestLeavesTheWindow()
    {
        var first = await Acquire("client", 5);
        _time.Advance(TimeSpan.FromSeconds(5));
        var second = await Acquire("client", 5);

        Assert.Equal(Start.AddMinutes(1), first.ResetAt);
        Assert.Equal(Start.AddMinutes(1), second.ResetAt);
    }

    [Fact]
    public async Task AcquireAsync_LimitReached_RetryAfterIsWhenTheOldestLeaves()
    {
        await Acquire("client", 3);
        _time.Advance(TimeSpan.FromSeconds(10));
        await Acquire("client", 3);
        _time.Advance(TimeSpan.FromSeconds(10));
        await Acquire("client", 3);
        _time.Advance(TimeSpan.FromSeconds(10));

        var rejected = await Acquire("client", 3);
        Assert.False(rejected.Allowed);
        Assert.Equal(TimeSpan.FromSeconds(30), rejected.RetryAfter);
        Assert.Equal(Start.AddMinutes(1), rejected.ResetAt);

        _time.Advance(TimeSpan.FromSeconds(30) - TimeSpan.FromTicks(1));
        Assert.False((await Acquire("client", 3)).Allowed);
        _time.Advance(TimeSpan.FromTicks(1));
        var admitted = await Acquire("client", 3);
        Assert.True(admitted.Allowed);
        Assert.Equal(0, admitted.Remaining);
        Assert.Equal(Start.AddSeconds(70), admitted.ResetAt);

        var next = await Acquire("client", 3);
        Assert.Equal(TimeSpan.FromSeconds(10), next.RetryAfter);
    }

    [Fact]
    public async Task AcquireAsync_Rejected_IsNotCounted()
    {
        Assert.True((await Acquire("client", 1)).Allowed);
        _time.Advance(TimeSpan.FromSeconds(30));
        Assert.False((await Acquire("client", 1)).Allowed);
        _time.Advance(TimeSpan.FromSeconds(30));

        Assert.True((await Acquire("client", 1)).Allowed);
    }

    [Fact]
    public async Task AcquireAsync_SteadyTraffic_NeverMoreThanTheLimitInAnyMinuteAndNoFewer()
    {
        var admitted = new List<DateTimeOffset>();
        for (var second = 0; second < 300; second++)
        {
            for (var burst = 0; burst < 3; burst++)
            {
                if ((await Acquire("client", 20)).Allowed)
                {
                    admitted.Add(_time.GetUtcNow());
                }
            }
            _time.Advance(TimeSpan.FromSeconds(1));
        }

        // 20 in the first seconds of each minute, 3 a second: exact, not approximate.
        Assert.Equal(100, admitted.Count);
        foreach (var at in admitted)
        {
            var inWindow = 0;
            foreach (var other in admitted)
            {
                if (other > at.AddMinutes(-1) && other <= at)
                {
                    inWindow++;
                }
            }
            Assert.True(inWindow <= 20, $"{inWindow} admitted in the minute before {at:O}");
        }
    }

    [Fact]
    public async Task AcquireAsync_DifferentKeys_AreLimitedIndependently()
    {
        Assert.True((await Acquire("alice", 1)).Allowed);
        Assert.False((await Acquire("alice", 1)).Allowed);

        Assert.True((await Acquire("bob", 1)).Allowed);
    }

    [Fact]
    public async Task AcquireAsync_LimitLowered_TheNewestRequestsDecide()
    {
        for (var i = 0; i < 5; i++)
        {
            await Acquire("client", 5);
            _time.Advance(TimeSpan.FromSeconds(1));
        }

        var rejected = await Acquire("client", 2);

        // Two fit once the fourth request (at 3 s) has left: at 63 s, 58 s from now.
        Assert.False(rejected.Allowed);
        Assert.Equal(TimeSpan.FromSeconds(58), rejected.RetryAfter);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public async Task AcquireAsync_NoLimit_AllowsWithoutCounting(int limit)
    {
        for (var i = 0; i < 10; i++)
        {
            Assert.True((await Acquire("client", limit)).Allowed);
        }
        Assert.Equal(0, _limiter.TrackedKeys);
    }

    [Fact]
    public async Task AcquireAsync_ManyThreadsOnOneKey_AdmitExactlyTheLimit()
    {
        var allowed = 0;
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < 2_000; i++)
            {
                if ((await Acquire("shared", 1_000)).Allowed)
                {
                    Interlocked.Increment(ref allowed);
                }
            }
        })));

        Assert.Equal(1_000, allowed);
    }

    [Fact]
    public async Task EvictIdle_KeysIdleForAWholeWindow_AreForgotten()
    {
        for (var i = 0; i < 100; i++)
        {
            await Acquire($"client-{i}", 10);
        }
        _time.Advance(TimeSpan.FromSeconds(30));
        await Acquire("client-0", 10);
        _time.Advance(TimeSpan.FromSeconds(30));

        _limiter.EvictIdle();

        Assert.Equal(1, _limiter.TrackedKeys);
        var decision = await Acquire("client-0", 10);
        Assert.Equal(8, decision.Remaining);
    }

    [Fact]
    public async Task AcquireAsync_AWindowAfterTheLastSweep_EvictsIdleKeysInTheBackground()
    {
        for (var i = 0; i < 100; i++)
        {
            await Acquire($"client-{i}", 10);
        }
        _time.Advance(TimeSpan.FromSeconds(61));

        await Acquire("fresh", 10);

        // The sweep runs off the request path; wait for its effect.
        await Eventually.UntilAsync(() => Task.FromResult(_limiter.TrackedKeys == 1), "idle keys evicted");
    }

    private ValueTask<RateDecision> Acquire(string key, int limit) => _limiter.AcquireAsync(key, limit, CancellationToken.None);
}
