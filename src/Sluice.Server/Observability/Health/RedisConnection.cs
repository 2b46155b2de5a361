using Sluice.Core.Settings;
using StackExchange.Redis;

namespace Sluice.Server.Observability.Health;

/// <summary>The process's one Redis multiplexer, connected on first use and reconnecting by
/// itself; absent when Redis is not configured.</summary>
internal sealed class RedisConnection(RedisEndpoint? endpoint) : IAsyncDisposable
{
    private readonly Lazy<Task<ConnectionMultiplexer>> _connection = new(() => ConnectionMultiplexer.ConnectAsync(Options(endpoint!)));
    private IDatabase? _database;

    public bool IsConfigured => endpoint is not null;

    /// <summary>The database, connecting on first use and waiting at most <paramref name="timeout"/>
    /// for that (else a <see cref="TimeoutException"/>). While Redis is unreachable its commands
    /// fail at once (no queueing until the timeout), so callers can fall back quickly.</summary>
    public ValueTask<IDatabase> GetDatabaseAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        GetDatabaseAsync(timeout, TimeProvider.System, cancellationToken);

    /// <summary>As above, the timeout measured on <paramref name="time"/>.</summary>
    public ValueTask<IDatabase> GetDatabaseAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken) =>
        _database is { } database ? ValueTask.FromResult(database) : ConnectAsync(timeout, time, cancellationToken);

    /// <summary>True when Redis answers a PING within the timeout.</summary>
    /// <summary>The pub/sub side of the connection.</summary>
    public async Task<ISubscriber> GetSubscriberAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (!IsConfigured)
        {
            throw new InvalidOperationException("Redis is not configured.");
        }
        return (await _connection.Value.WaitAsync(timeout, cancellationToken)).GetSubscriber();
    }

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

    private async ValueTask<IDatabase> ConnectAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!IsConfigured)
        {
            throw new InvalidOperationException("Redis is not configured.");
        }
        var database = (await _connection.Value.WaitAsync(timeout, time, cancellationToken)).GetDatabase();
        _database = database;
        return database;
    }

    private static ConfigurationOptions Options(RedisEndpoint endpoint)
    {
        // The password is set apart so that no character in it can break the configuration string.
        var options = ConfigurationOptions.Parse((endpoint with { Password = null }).ToConfiguration());
        options.Password = endpoint.Password;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        return options;
    }
}
