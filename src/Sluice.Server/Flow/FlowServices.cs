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
    /// <summary>Adds <see cref="IRateLimiter"/> and <see cref="IConcurrencyLimiter"/>: shared through
    /// Redis (falling back to this node's own limits while it fails) when Redis is configured, else
    /// this node's own.</summary>
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
        return services;
    }

    private static IConcurrencyLimiter Traced(IServiceProvider provider, IConcurrencyLimiter limiter, SluiceSettings settings) =>
        settings.ConcurrentDebug
            ? new LoggingConcurrencyLimiter(limiter, provider.GetRequiredService<ILoggerFactory>().CreateLogger("Sluice.Server.Flow"))
            : limiter;
}
