using Microsoft.Extensions.DependencyInjection;
using Sluice.Core.Scripting.Hosts;
using Sluice.Core.Settings;
using Sluice.Server.Scripting;

namespace Sluice.Tests.Scripting;

public sealed class ScriptingServicesTests
{
    private static ServiceProvider Provider(params (string Name, string Value)[] values)
    {
        var settings = SettingsLoader.Load(values.ToDictionary(v => v.Name, v => v.Value), "/srv/sluice").Settings!;
        return new ServiceCollection().AddScripting(settings).BuildServiceProvider();
    }

    [Fact]
    public async Task AddScripting_WithoutRedis_UsesTheInProcessCache()
    {
        await using var provider = Provider();

        Assert.IsType<LocalScriptCacheStore>(provider.GetRequiredService<IScriptCacheStore>());
    }

    [Fact]
    public async Task AddScripting_WithRedis_UsesTheSharedCache()
    {
        await using var provider = Provider(("REDIS_URL", "redis://127.0.0.1:6379/0"));

        Assert.IsType<RedisScriptCacheStore>(provider.GetRequiredService<IScriptCacheStore>());
    }

    [Fact]
    public async Task AddScripting_HttpClient_IsOneForTheProcessWithTheSettingsPolicy()
    {
        await using var provider = Provider(("SCRIPT_HTTP_ALLOWED_HOSTS", "api.example.com"));

        var client = provider.GetRequiredService<ScriptHttpClient>();

        Assert.Same(client, provider.GetRequiredService<ScriptHttpClient>());
        Assert.Equal(["api.example.com"], client.Policy.Settings.AllowedHosts);
    }
}
