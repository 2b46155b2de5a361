using Sluice.Core.Settings;
using Sluice.IntegrationTests.Infrastructure;
using Sluice.Server.Observability.Health;
using StackExchange.Redis;

namespace Sluice.IntegrationTests.Flow;

/// <summary>Connections and keys for the flow control tests.</summary>
internal static class FlowRedis
{
    /// <summary>A connection of its own, as one node would have.</summary>
    public static RedisConnection Connect(string? url = null) =>
        new(RedisEndpoint.TryParse(url ?? TestServices.RedisUrl, out var error) ?? throw new InvalidOperationException(error));

    /// <summary>The connection's database, for looking at what the limiters wrote.</summary>
    public static ValueTask<IDatabase> DatabaseAsync(RedisConnection connection) =>
        connection.GetDatabaseAsync(TimeSpan.FromSeconds(10), CancellationToken.None);

    /// <summary>A key no other test uses.</summary>
    public static string NewKey() => "test-" + Guid.NewGuid().ToString("N");

    /// <summary>Redis's own clock, in microseconds since the Unix epoch.</summary>
    public static async Task<long> ServerMicrosecondsAsync(IDatabase database)
    {
        var time = (long[])(await database.ExecuteAsync("TIME"))!;
        return time[0] * 1_000_000 + time[1];
    }
}
