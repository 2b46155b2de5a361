using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
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
        using var metrics = new FlowMetricsListener(Meters);
        var time = new FakeTimeProvider();
        var callTimeout = TimeSpan.FromMilliseconds(300);
        // Accepts connections and never answers: the connection attempt hangs on Redis's handshake.
        var blackHole = new TcpListener(IPAddress.Loopback, 0);
        blackHole.Start();
        try
        {
            await using var connection = FlowRedis.Connect($"redis://127.0.0.1:{((IPEndPoint)blackHole.LocalEndpoint).Port}/0");
            using var logs = new LogCollector();
            var (rate, _, redisConcurrency) = Node(connection, time, callTimeout, logs);

            var pending = rate.AcquireAsync(FlowRedis.NewKey(), 10, CancellationToken.None).AsTask();
            time.Advance(callTimeout);
            var decision = await Eventually.CompletesAsync(pending, "the first request once the call timeout passed");

            Assert.True(decision.Allowed);
            Assert.Equal(1, metrics.Fallbacks);
            // It fell back because the call timed out, not because the connection attempt gave up.
            var fellBack = Assert.Single(logs.Messages, message => message.Exception is not null);
            Assert.IsType<TimeoutException>(fellBack.Exception);
            redisConcurrency.Dispose();
        }
        finally
        {
            blackHole.Stop();
        }
    }

    [Fact]
    public async Task AcquireAsync_RedisDown_RequestsAndProbesFailFast()
    {
        using var metrics = new FlowMetricsListener(Meters);
        var time = new FakeTimeProvider();
        await using var connection = FlowRedis.Connect("redis://127.0.0.1:1/0");
        var (rate, _, redisConcurrency) = Node(connection, time);
        // Let the first connection attempt (up to its 2 s connect timeout) run its course.
        Assert.False(await connection.PingAsync(TimeSpan.FromSeconds(5), CancellationToken.None));

        // The call timeout runs on the fake clock, which only moves between requests: a request
        // or probe that waited for a timeout instead of failing at once would never finish.
        await Eventually.CompletesAsync(Task.Run(async () =>
        {
            for (var i = 0; i < 1_000; i++)
            {
                Assert.True((await rate.AcquireAsync(FlowRedis.NewKey(), 1_000, CancellationToken.None)).Allowed);
                if (i % 100 == 0)
                {
                    // Past the cooldown: the next request probes Redis.
                    time.Advance(Cooldown);
                }
            }
        }), "1000 requests with Redis down");

        Assert.Equal(1, metrics.Fallbacks);
        Assert.Equal(1, metrics.Degraded());
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
        await Eventually.UntilAsync(async () =>
        {
            await rate.AcquireAsync(FlowRedis.NewKey(), 100, CancellationToken.None);
            return metrics.Degraded() == 0;
        }, "flow control back on Redis");

        // The other node's own connection reconnects on its own schedule; wait for it too.
        var probe = FlowRedis.NewKey();
        await Eventually.UntilAsync(async () =>
        {
            try
            {
                await other.AcquireAsync(probe, 1000, CancellationToken.None);
                return true;
            }
            catch (StackExchange.Redis.RedisConnectionException)
            {
                return false;
            }
        }, "the other node reconnected");
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
        RedisConnection connection, TimeProvider? time = null, TimeSpan? callTimeout = null, LogCollector? logs = null)
    {
        time ??= TimeProvider.System;
        ILogger<FlowFallback> logger = logs is null ? NullLogger<FlowFallback>.Instance : new Logger<FlowFallback>(new LoggerFactory([logs]));
        var fallback = new FlowFallback(Meters, logger, time, Cooldown);
        var redisConcurrency = new RedisConcurrencyLimiter(connection, time, callTimeout: callTimeout);
        return (new ResilientRateLimiter(new RedisRateLimiter(connection, time, callTimeout), new LocalRateLimiter(time), fallback),
            new ResilientConcurrencyLimiter(redisConcurrency, new LocalConcurrencyLimiter(), fallback),
            redisConcurrency);
    }
}
