using Microsoft.Extensions.DependencyInjection;
using Sluice.Core.Auth;
using Sluice.Core.Settings;
using Sluice.Core.Storage;
using Sluice.Core.Users;

namespace Sluice.Server.Hosting;

/// <summary>The metadata store and the stores built on it.</summary>
internal static class StorageServices
{
    public static IServiceCollection AddSluiceStorage(this IServiceCollection services, SluiceSettings settings)
    {
        services.AddSingleton(_ => new MetadataDb(settings.MetadataStore));
        services.AddSingleton<UserStore>();
        services.AddSingleton<SessionStore>();
        services.AddSingleton<LoginThrottle>();
        services.AddSingleton<PasswordLogin>();
        services.AddSingleton<MetadataBootstrap>();
        services.AddSingleton<Core.Permissions.PermissionStore>();
        services.AddSingleton<Core.Roles.RoleStore>();
        return services;
    }
}
