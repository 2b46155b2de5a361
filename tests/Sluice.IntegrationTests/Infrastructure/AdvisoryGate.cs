using Npgsql;

namespace Sluice.IntegrationTests.Infrastructure;

/// <summary>A PostgreSQL advisory lock the test holds on its own connection. An API whose
/// template waits on <see cref="WaitSql"/> blocks until the test opens the gate, so a test can
/// keep requests in flight for exactly as long as it needs, however slow the machine.</summary>
internal sealed class AdvisoryGate : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;
    private readonly int _key = Random.Shared.Next(1, int.MaxValue);
    private bool _closed;

    private AdvisoryGate(NpgsqlConnection connection) => _connection = connection;

    /// <summary>A statement returning one row <c>{"passed": 1}</c> once the gate is open. The lock
    /// is transaction-scoped, so nothing stays on the pooled connection afterwards.</summary>
    public string WaitSql => $"SELECT 1 AS passed FROM (SELECT pg_advisory_xact_lock_shared({_key})) AS gate";

    /// <summary>Opens a connection to <paramref name="connectionString"/> and closes the gate.</summary>
    public static async Task<AdvisoryGate> CloseAsync(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var gate = new AdvisoryGate(connection);
        await gate.CloseAgainAsync();
        return gate;
    }

    /// <summary>Takes the exclusive lock again after <see cref="OpenAsync"/>.</summary>
    public async Task CloseAgainAsync()
    {
        await using var command = new NpgsqlCommand($"SELECT pg_advisory_lock({_key})", _connection);
        await command.ExecuteNonQueryAsync();
        _closed = true;
    }

    /// <summary>Lets every waiting statement through.</summary>
    public async Task OpenAsync()
    {
        await using var command = new NpgsqlCommand($"SELECT pg_advisory_unlock({_key})", _connection);
        await command.ExecuteNonQueryAsync();
        _closed = false;
    }

    /// <summary>How many statements are waiting at the gate right now.</summary>
    public async Task<long> WaitingAsync()
    {
        // A bigint key below 2^31 is stored as classid 0, objid = key.
        await using var command = new NpgsqlCommand(
            $"SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND classid = 0 AND objid = {_key} AND NOT granted", _connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Waits until exactly <paramref name="count"/> statements are waiting at the gate.</summary>
    public Task UntilWaitingAsync(long count) =>
        Eventually.UntilAsync(async () => await WaitingAsync() == count, $"{count} statements waiting at the advisory lock");

    public async ValueTask DisposeAsync()
    {
        if (_closed)
        {
            await OpenAsync();
        }
        await _connection.DisposeAsync();
    }
}
