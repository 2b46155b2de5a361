using Sluice.Core.Settings;
using StackExchange.Redis;

namespace Sluice.Server.Observability.Health;

/// <summary>The process's one Redis multiplexer, connected on first use and reconnecting by
/// itself; absent when Redis is not configured.</summary>
internal sealed class RedisConnection(SluiceSettings settings) : IAsyncDisposable
{
    private readonly Lazy<Task<ConnectionMultiplexer>> _connection = new(() => ConnectionMultiplexer.ConnectAsync(settings.Redis!.ToConfiguration()));

    public bool IsConfigured => settings.Redis is not null;

    /// <summary>True when Redis answers a PING within the timeout.</summary>
    public async Task<bool> PingAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (!IsConfigured)
        {
            return false;
        }
        try
        {
            var connection = await _connection.Value.WaitAsync(timeout, cancellationToken);
            await connection.GetDatabase().PingAsync().WaitAsync(timeout, cancellationToken);
            return true;
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException or OperationCanceledException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection.IsValueCreated && _connection.Value.IsCompletedSuccessfully)
        {
            await _connection.Value.Result.DisposeAsync();
        }
    }
}
