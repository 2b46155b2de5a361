using Microsoft.Extensions.DependencyInjection;
using Sluice.Core.Audit;

namespace Sluice.Server.Management.Audit;

/// <summary>Registers the audit trail. Needs <see cref="Core.Storage.MetadataDb"/>,
/// <see cref="Core.Settings.SluiceSettings"/> and <see cref="TimeProvider"/> registered.</summary>
internal static class AuditServices
{
    public static IServiceCollection AddAudit(this IServiceCollection services)
    {
        services.AddMetrics();
        services.AddSingleton<AuditTrail>();
        services.AddSingleton<AuditMetrics>();
        services.AddSingleton<AuditWriter>();
        return services;
    }
}
