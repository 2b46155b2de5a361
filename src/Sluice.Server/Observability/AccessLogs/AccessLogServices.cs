using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Sluice.Core.AccessLogs;
using Sluice.Core.Settings;

namespace Sluice.Server.Observability.AccessLogs;

/// <summary>Registers the access log: the store, the batched writer, the retention job, and the
/// reads of it (the list and the overview figures).
/// Needs <see cref="Core.Storage.MetadataDb"/>, <see cref="SluiceSettings"/> and
/// <see cref="TimeProvider"/> registered.</summary>
internal static class AccessLogServices
{
    public static IServiceCollection AddAccessLogs(this IServiceCollection services, SluiceSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        services.AddMetrics();
        services.TryAddSingleton(AccessLogBatching.Default);
        services.AddSingleton<AccessLogStore>();
        services.AddSingleton<AccessLogReader>();
        services.AddSingleton<Core.Overview.OverviewStore>();
        services.AddSingleton<AccessLogWriter>();
        services.AddSingleton<IAccessLog>(provider => provider.GetRequiredService<AccessLogWriter>());
        services.AddHostedService(provider => provider.GetRequiredService<AccessLogWriter>());
        if (settings.AccessLogRetentionDays > 0)
        {
            services.AddSingleton<AccessLogRetention>();
            services.AddHostedService(provider => provider.GetRequiredService<AccessLogRetention>());
        }
        return services;
    }
}
