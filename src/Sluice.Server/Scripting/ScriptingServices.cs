using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Sluice.Core.Scripting.Hosts;
using Sluice.Core.Settings;
using Sluice.Server.Observability.Health;

namespace Sluice.Server.Scripting;

/// <summary>Registers what script host objects share across runs.</summary>
internal static class ScriptingServices
{
    /// <summary>Adds the process's one <see cref="ScriptHttpClient"/> and the <see cref="IScriptCacheStore"/>:
    /// Redis when configured (shared by every node), else this process's memory.</summary>
    public static IServiceCollection AddScripting(this IServiceCollection services, SluiceSettings settings)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(provider => new ScriptHttpClient(new ScriptHttpPolicy(settings.ScriptHttp),
            provider.GetRequiredService<TimeProvider>()));
        if (settings.Redis is null)
        {
            services.AddSingleton<IScriptCacheStore>(provider => new LocalScriptCacheStore(provider.GetRequiredService<TimeProvider>()));
            return services;
        }
        services.TryAddSingleton(_ => new RedisConnection(settings.Redis));
        services.AddSingleton<IScriptCacheStore>(provider => new RedisScriptCacheStore(provider.GetRequiredService<RedisConnection>(),
            provider.GetRequiredService<TimeProvider>()));
        return services;
    }
}
