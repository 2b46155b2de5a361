using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Sluice.Core.Flow;
using Sluice.IntegrationTests.Infrastructure;
using Sluice.Server.Flow;
using Sluice.Server.Observability.Health;

namespace Sluice.IntegrationTests.Flow;

public sealed class ResilientLimiterTests : IDisposable
{
    private static readonly TimeSpan Cooldown = TimeSpan.FromMilliseconds(200);

    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();

    private IMeterFactory Meters => _services.GetRequiredService<IMeterFactory>();

    [Fact]
    public async Task AcquireAsync_RedisUnreachable_EnforcesTheLocalLimitAndCountsOneFallback()
    {
        using var metrics = new FlowMetricsListener(Meters);
        await using var connection = FlowRedis.Connect("redis://127.0.0.1:1/0");
        var (rate, concurrency, redisConcurrency) = Node(connection);
        var key = FlowRedis.NewKey();

        var decisions = new List<RateDecision>();
        for (var i = 0; i < 4; i++)
        {
            decisions.Add(await rate.AcquireAsync(key, 3, CancellationToken.None));
        }
        await using var lease = await concurrency.TryAcquireAsync(key, 1, CancellationToken.None);
        var refused = await concurrency.TryAcquireAsync(key, 1, CancellationToken.None);

        Assert.Equal([true, true, true, false], decisions.Select(decision => decision.Allowed));
        Assert.True(decisions[3].RetryAfter > TimeSpan.Zero);
        Assert.NotNull(lease);
        Assert.Null(refused);
        Assert.Equal(1, metrics.Fallbacks);
        Assert.Equal(1, metrics.Degraded());
        redisConcurrency.Dispose();
    }

    [Fact]
    public async Task AcquireAsync_RedisUnreachableAtStart_FirstRequestWaitsNoLongerThanTheCallTimeout()
    {
        await using var connection = FlowRedis.Connect("redis://127.0.0.1:1/0");
        var (rate, _, redisConcurrency) = Node(connection, callTimeout: TimeSpan.FromMilliseconds(300));

        var clock = Stopwatch.StartNew();
        var decision = await rate.AcquireAsync(FlowRedis.NewKey(), 10, CancellationToken.None);

        Assert.True(decision.Allowed);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1.5), $"the first request took {clock.Elapsed}");
        redisConcurrency.Dispose();
    }

    [Fact]
    public async Task AcquireAsync_RedisDown_RequestsAndProbesFailFast()
    {
        await using var connection = FlowRedis.Connect("redis://127.0.0.1:1/0");
        var (rate, _, redisConcurrency) = Node(connection);
        // Let the first connection attempt (up to its 2 s connect timeout) run its course.
        Assert.False(await connection.PingAsync(TimeSpan.FromSeconds(5), CancellationToken.None));
        await rate.AcquireAsync(FlowRedis.NewKey(), 1_000, CancellationToken.None);

        var clock = Stopwatch.StartNew();
        for (var i = 0; i < 1_000; i++)
        {
            await rate.AcquireAsync(FlowRedis.NewKey(), 1_000, CancellationToken.None);
            if (i % 100 == 0)
            {
                // Past the cooldown: this request probes Redis.
                await Task.Delay(Cooldown);
            }
        }

        // No request waits for a connect or a timeout, probes included.
        Assert.True(clock.Elapsed - 10 * Cooldown < TimeSpan.FromSeconds(1), $"1000 requests took {clock.Elapsed - 10 * Cooldown}");
        redisConcurrency.Dispose();
    }

    [Fact]
    public async Task AcquireAsync_RedisRestarted_ReturnsToTheSharedLimits()
    {
        using var metrics = new FlowMetricsListener(Meters);
        await using var server = await RedisServer.StartAsync();
        await using var connection = FlowRedis.Connect(server.Url);
        var (rate, concurrency, redisConcurrency) = Node(connection);
        await using var otherConnection = FlowRedis.Connect(server.Url);
        var other = new RedisRateLimiter(otherConnection, TimeProvider.System, TimeSpan.FromSeconds(5));

        // Shared: another node's requests count against this one's.
        var before = FlowRedis.NewKey();
        Assert.True((await other.AcquireAsync(before, 2, CancellationToken.None)).Allowed);
        Assert.True((await rate.AcquireAsync(before, 2, CancellationToken.None)).Allowed);
        Assert.False((await rate.AcquireAsync(before, 2, CancellationToken.None)).Allowed);
        var heldAcrossTheOutage = await concurrency.TryAcquireAsync(before, 5, CancellationToken.None);
        Assert.IsType<RedisLease>(heldAcrossTheOutage);
        Assert.Equal(0, metrics.Degraded());

        await server.KillAsync();
        var during = FlowRedis.NewKey();
        var local = new List<bool>();
        for (var i = 0; i < 3; i++)
        {
            local.Add((await rate.AcquireAsync(during, 2, CancellationToken.None)).Allowed);
        }
        Assert.Equal([true, true, false], local);
        Assert.Equal(1, metrics.Fallbacks);
        Assert.Equal(1, metrics.Degraded());
        // Taken from Redis, released to Redis: best effort, no error while it is down.
        await heldAcrossTheOutage!.DisposeAsync();

        await server.StartServerAsync();
        var clock = Stopwatch.StartNew();
        while (metrics.Degraded() != 0 && clock.Elapsed < TimeSpan.FromSeconds(15))
        {
            await rate.AcquireAsync(FlowRedis.NewKey(), 100, CancellationToken.None);
            await Task.Delay(50);
        }

        Assert.Equal(0, metrics.Degraded());
        // The other node's own connection reconnects on its own schedule; wait for it too.
        var probe = FlowRedis.NewKey();
        while (clock.Elapsed < TimeSpan.FromSeconds(20))
        {
            try
            {
                await other.AcquireAsync(probe, 1000, CancellationToken.None);
                break;
            }
            catch (StackExchange.Redis.RedisConnectionException)
            {
                await Task.Delay(100);
            }
        }
        var after = FlowRedis.NewKey();
        Assert.True((await other.AcquireAsync(after, 2, CancellationToken.None)).Allowed);
        Assert.True((await other.AcquireAsync(after, 2, CancellationToken.None)).Allowed);
        Assert.False((await rate.AcquireAsync(after, 2, CancellationToken.None)).Allowed);
        Assert.IsType<RedisLease>(await concurrency.TryAcquireAsync(after, 5, CancellationToken.None));
        Assert.Equal(1, metrics.Fallbacks);
        redisConcurrency.Dispose();
    }

    public void Dispose() => _services.Dispose();

    private (ResilientRateLimiter Rate, ResilientConcurrencyLimiter Concurrency, RedisConcurrencyLimiter RedisConcurrency) Node(
        RedisConnection connection, TimeSpan? callTimeout = null)
    {
        var fallback = new FlowFallback(Meters, NullLogger<FlowFallback>.Instance, TimeProvider.System, Cooldown);
        var redisConcurrency = new RedisConcurrencyLimiter(connection, TimeProvider.System, callTimeout: callTimeout);
        return (new ResilientRateLimiter(new RedisRateLimiter(connection, TimeProvider.System, callTimeout), new LocalRateLimiter(TimeProvider.System), fallback),
            new ResilientConcurrencyLimiter(redisConcurrency, new LocalConcurrencyLimiter(), fallback),
            redisConcurrency);
    }
}
