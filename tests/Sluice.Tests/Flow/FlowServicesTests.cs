using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Sluice.Core.Flow;
using Sluice.Core.Settings;
using Sluice.Server.Flow;

namespace Sluice.Tests.Flow;

public sealed class FlowServicesTests
{
    [Fact]
    public async Task AddFlowControl_NoRedis_RegistersThisNodesLimiters()
    {
        await using var services = Build(Settings());

        Assert.IsType<LocalRateLimiter>(services.GetRequiredService<IRateLimiter>());
        Assert.IsType<LocalConcurrencyLimiter>(services.GetRequiredService<IConcurrencyLimiter>());
        Assert.IsType<SeparateFlowLimiter>(services.GetRequiredService<IFlowLimiter>());
    }

    [Fact]
    public async Task AddFlowControl_Redis_RegistersSharedLimitersThatFallBack()
    {
        await using var services = Build(Settings(("REDIS_URL", "redis://127.0.0.1:1/0")));

        Assert.IsType<ResilientRateLimiter>(services.GetRequiredService<IRateLimiter>());
        Assert.IsType<ResilientConcurrencyLimiter>(services.GetRequiredService<IConcurrencyLimiter>());
        Assert.Same(services.GetRequiredService<IRateLimiter>(), services.GetRequiredService<IRateLimiter>());
        Assert.IsType<ResilientFlowLimiter>(services.GetRequiredService<IFlowLimiter>());
    }

    [Fact]
    public async Task AddFlowControl_ConcurrentDebug_LogsEveryTakeRefusalAndRelease()
    {
        var logs = new CapturedLogs();
        await using var services = Build(Settings(("CONCURRENT_DEBUG", "true")), logs);
        var limiter = services.GetRequiredService<IConcurrencyLimiter>();

        var first = await limiter.TryAcquireAsync("client-7", 2, CancellationToken.None);
        await using var second = await limiter.TryAcquireAsync("client-7", 2, CancellationToken.None);
        Assert.Null(await limiter.TryAcquireAsync("client-7", 2, CancellationToken.None));
        await first!.DisposeAsync();
        await first.DisposeAsync();

        var flow = logs.Entries.Where(entry => entry.EventId is >= 2200 and < 2300).ToList();
        Assert.All(flow, entry => Assert.Equal(LogLevel.Information, entry.Level));
        Assert.Equal(
        [
            (2202, "Concurrency slot taken for client-7: 1 of 2 in flight"),
            (2202, "Concurrency slot taken for client-7: 2 of 2 in flight"),
            (2203, "Concurrency slot refused for client-7: 2 in flight"),
            (2204, "Concurrency slot released for client-7: 1 in flight"),
        ], flow.Select(entry => (entry.EventId, entry.Message)));
    }

    [Fact]
    public async Task AddFlowControl_NoDebug_LogsNothingPerRequest()
    {
        var logs = new CapturedLogs();
        await using var services = Build(Settings(), logs);

        await using var lease = await services.GetRequiredService<IConcurrencyLimiter>().TryAcquireAsync("client", 1, CancellationToken.None);

        Assert.DoesNotContain(logs.Entries, entry => entry.EventId is >= 2200 and < 2300);
    }

    private static ServiceProvider Build(SluiceSettings settings, CapturedLogs? logs = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging =>
        {
            if (logs is not null)
            {
                logging.AddProvider(logs);
            }
        });
        return services.AddFlowControl(settings).BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    private static SluiceSettings Settings(params (string Name, string Value)[] values) =>
        SettingsLoader.Load(values.ToDictionary(value => value.Name, value => value.Value), "/srv/sluice").Settings!;
}
