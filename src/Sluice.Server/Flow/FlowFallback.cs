using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Sluice.Server.Flow;

/// <summary>Decides whether flow control asks Redis or this node's local limiters. Redis while it
/// answers; after a failure the local limiters (never no limit) for a cooldown, then one request at
/// a time probes Redis until it answers again. Each switch to local is logged once and counted.</summary>
internal sealed class FlowFallback
{
    public const string MeterName = "Sluice";
    public static readonly TimeSpan DefaultCooldown = TimeSpan.FromSeconds(3);

    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly TimeSpan _cooldown;
    private readonly long _cooldownTimestamps;
    private readonly Counter<long> _fallbacks;
    private int _degraded;
    private long _retryAt;
    private int _probing;

    public FlowFallback(IMeterFactory meters, ILogger<FlowFallback> logger, TimeProvider time, TimeSpan? cooldown = null)
    {
        _logger = logger;
        _time = time;
        _cooldown = cooldown ?? DefaultCooldown;
        _cooldownTimestamps = (long)(_cooldown.TotalSeconds * time.TimestampFrequency);
        var meter = meters.Create(MeterName);
        _fallbacks = meter.CreateCounter<long>("sluice_flow_fallbacks_total",
            description: "Times flow control fell back from the shared Redis limits to this node's own.");
        meter.CreateObservableGauge("sluice_flow_degraded", () => IsDegraded ? 1 : 0,
            description: "1 while flow control uses this node's own limits because Redis failed, else 0.");
    }

    /// <summary>True while the local limiters stand in for Redis.</summary>
    public bool IsDegraded => Volatile.Read(ref _degraded) != 0;

    /// <summary>The failures that make flow control fall back.</summary>
    public static bool IsRedisFailure(Exception exception) => exception is RedisException or TimeoutException;

    /// <summary>Whether this request asks Redis. While degraded only one request at a time does, once
    /// the cooldown has passed; <paramref name="probe"/> is then true and the caller must call
    /// <see cref="EndProbe"/> however the call ends.</summary>
    public bool UseRedis(out bool probe)
    {
        probe = false;
        if (Volatile.Read(ref _degraded) == 0)
        {
            return true;
        }
        if (_time.GetTimestamp() < Volatile.Read(ref _retryAt) || Interlocked.CompareExchange(ref _probing, 1, 0) != 0)
        {
            return false;
        }
        probe = true;
        return true;
    }

    /// <summary>Redis answered; a successful probe ends the fallback.</summary>
    public void Succeeded(bool probe)
    {
        if (probe && Interlocked.CompareExchange(ref _degraded, 0, 1) == 1)
        {
            Log.BackToShared(_logger);
        }
    }

    /// <summary>Redis failed: fall back (or stay) on the local limiters for a cooldown.</summary>
    public void Failed(Exception exception)
    {
        Volatile.Write(ref _retryAt, _time.GetTimestamp() + _cooldownTimestamps);
        if (Interlocked.CompareExchange(ref _degraded, 1, 0) == 0)
        {
            _fallbacks.Add(1);
            Log.FellBackToLocal(_logger, exception, _cooldown.TotalSeconds);
        }
    }

    /// <summary>Lets the next request probe Redis.</summary>
    public void EndProbe() => Volatile.Write(ref _probing, 0);

    /// <summary>Answers through <paramref name="shared"/> (Redis) while it works, else through
    /// <paramref name="local"/> (this node's own limits), falling back when Redis fails.</summary>
    public async ValueTask<T> RunAsync<TState, T>(TState state, Func<TState, CancellationToken, ValueTask<T>> shared,
        Func<TState, CancellationToken, ValueTask<T>> local, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(shared);
        ArgumentNullException.ThrowIfNull(local);
        if (UseRedis(out var probe))
        {
            try
            {
                var answer = await shared(state, cancellationToken);
                Succeeded(probe);
                return answer;
            }
            catch (Exception exception) when (IsRedisFailure(exception))
            {
                Failed(exception);
            }
            finally
            {
                if (probe)
                {
                    EndProbe();
                }
            }
        }
        return await local(state, cancellationToken);
    }
}
