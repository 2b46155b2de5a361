using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Sluice.Core.Flow;
using Sluice.Core.Settings;
using Sluice.Server.Observability.Health;

namespace Sluice.Server.Flow;

/// <summary>Registers the gateway's rate and concurrency limiters.</summary>
internal static class FlowServices
{
    /// <summary>Adds <see cref="IRateLimiter"/>, <see cref="IConcurrencyLimiter"/> and the
    /// <see cref="IFlowLimiter"/> the gateway asks for both: shared through Redis (one round trip
    /// for both limits, falling back to this node's own limits while it fails) when Redis is
    /// configured, else this node's own.</summary>
    public static IServiceCollection AddFlowControl(this IServiceCollection services, SluiceSettings settings)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.AddSingleton(provider => new LocalRateLimiter(provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<LocalConcurrencyLimiter>();
        if (settings.Redis is null)
        {
            services.AddSingleton<IRateLimiter>(provider => provider.GetRequiredService<LocalRateLimiter>());
            services.AddSingleton(provider => Traced(provider, provider.GetRequiredService<LocalConcurrencyLimiter>(), settings));
            services.AddSingleton<IFlowLimiter>(Separate);
            return services;
        }
        services.TryAddSingleton(_ => new RedisConnection(settings.Redis));
        services.AddSingleton<FlowFallback>();
        services.AddSingleton(provider => new RedisRateLimiter(provider.GetRequiredService<RedisConnection>(),
            provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton(provider => new RedisConcurrencyLimiter(provider.GetRequiredService<RedisConnection>(),
            provider.GetRequiredService<TimeProvider>(), countReleases: settings.ConcurrentDebug));
        services.AddSingleton<IRateLimiter, ResilientRateLimiter>();
        services.AddSingleton<ResilientConcurrencyLimiter>();
        services.AddSingleton(provider => Traced(provider, provider.GetRequiredService<ResilientConcurrencyLimiter>(), settings));
        // CONCURRENT_DEBUG logs each slot taken and released, so it asks the two limiters apart.
        services.AddSingleton<IFlowLimiter>(provider => settings.ConcurrentDebug
            ? Separate(provider)
            : new ResilientFlowLimiter(provider.GetRequiredService<RedisConcurrencyLimiter>(), Separate(provider),
                new SeparateFlowLimiter(provider.GetRequiredService<LocalRateLimiter>(), provider.GetRequiredService<LocalConcurrencyLimiter>()),
                provider.GetRequiredService<FlowFallback>()));
        return services;
    }

    private static SeparateFlowLimiter Separate(IServiceProvider provider) =>
        new(provider.GetRequiredService<IRateLimiter>(), provider.GetRequiredService<IConcurrencyLimiter>());

    private static IConcurrencyLimiter Traced(IServiceProvider provider, IConcurrencyLimiter limiter, SluiceSettings settings) =>
        settings.ConcurrentDebug
            ? new LoggingConcurrencyLimiter(limiter, provider.GetRequiredService<ILoggerFactory>().CreateLogger("Sluice.Server.Flow"))
            : limiter;
}
