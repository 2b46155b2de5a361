using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Sluice.Server.Flow;

namespace Sluice.Tests.Flow;

public sealed class FlowFallbackTests : IDisposable
{
    private static readonly TimeSpan Cooldown = TimeSpan.FromSeconds(3);

    private readonly FakeTimeProvider _time = new();
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly FlowFallback _fallback;

    public FlowFallbackTests() =>
        _fallback = new FlowFallback(_services.GetRequiredService<IMeterFactory>(), NullLogger<FlowFallback>.Instance, _time, Cooldown);

    [Fact]
    public void UseRedis_WhileRedisAnswers_EveryRequestAsksRedis()
    {
        Assert.True(_fallback.UseRedis(out var probe));
        Assert.False(probe);
        _fallback.Succeeded(probe);

        Assert.True(_fallback.UseRedis(out _));
        Assert.False(_fallback.IsDegraded);
    }

    [Fact]
    public void UseRedis_AfterAFailure_LocalUntilTheCooldownThenOneProbe()
    {
        _fallback.Failed(Failure());

        Assert.True(_fallback.IsDegraded);
        Assert.False(_fallback.UseRedis(out _));
        _time.Advance(Cooldown - TimeSpan.FromMilliseconds(1));
        Assert.False(_fallback.UseRedis(out _));
        _time.Advance(TimeSpan.FromMilliseconds(1));

        Assert.True(_fallback.UseRedis(out var probe));
        Assert.True(probe);
        Assert.False(_fallback.UseRedis(out _));
    }

    [Fact]
    public void Succeeded_ProbeAnswered_BackOnRedis()
    {
        _fallback.Failed(Failure());
        _time.Advance(Cooldown);
        Assert.True(_fallback.UseRedis(out var probe));

        _fallback.Succeeded(probe);
        _fallback.EndProbe();

        Assert.False(_fallback.IsDegraded);
        Assert.True(_fallback.UseRedis(out var next));
        Assert.False(next);
    }

    [Fact]
    public void Failed_ProbeFailsToo_StaysLocalForAnotherCooldown()
    {
        _fallback.Failed(Failure());
        _time.Advance(Cooldown);
        Assert.True(_fallback.UseRedis(out _));

        _fallback.Failed(Failure());
        _fallback.EndProbe();

        Assert.True(_fallback.IsDegraded);
        Assert.False(_fallback.UseRedis(out _));
        _time.Advance(Cooldown);
        Assert.True(_fallback.UseRedis(out _));
    }

    [Fact]
    public void Failed_ManyFailuresOfOneOutage_CountOneFallback()
    {
        using var metrics = new FlowMetricsListener(_services.GetRequiredService<IMeterFactory>());

        for (var i = 0; i < 10; i++)
        {
            _fallback.Failed(Failure());
        }
        _time.Advance(Cooldown);
        _fallback.UseRedis(out var probe);
        _fallback.Failed(Failure());
        _fallback.EndProbe();

        Assert.Equal(1, metrics.Fallbacks);
        Assert.Equal(1, metrics.Degraded());
    }

    [Fact]
    public void Failed_AgainAfterRecovery_CountsASecondFallback()
    {
        using var metrics = new FlowMetricsListener(_services.GetRequiredService<IMeterFactory>());
        _fallback.Failed(Failure());
        _time.Advance(Cooldown);
        _fallback.UseRedis(out var probe);
        _fallback.Succeeded(probe);
        _fallback.EndProbe();
        Assert.Equal(0, metrics.Degraded());

        _fallback.Failed(Failure());

        Assert.Equal(2, metrics.Fallbacks);
        Assert.Equal(1, metrics.Degraded());
    }

    public void Dispose() => _services.Dispose();

    private static TimeoutException Failure() => new("Redis did not answer.");
}
