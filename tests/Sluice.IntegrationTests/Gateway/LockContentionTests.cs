using System.Net;
using MySqlConnector;
using Sluice.IntegrationTests.Infrastructure;

namespace Sluice.IntegrationTests.Gateway;

/// <summary>A statement that loses a race for a lock (PostgreSQL serialization failure, MariaDB
/// deadlock) answers 503 with Retry-After: the request was fine and may simply be repeated.</summary>
public sealed class PostgresLockContentionTests(PostgresGateway fixture) : IClassFixture<PostgresGateway>
{
    [Fact]
    public async Task Get_RowChangedSinceTheSnapshot_Returns503SerializationFailureWithRetryAfter()
    {
        var table = "ctr" + Guid.NewGuid().ToString("N")[..8];
        await fixture.Database.ExecuteAsync($"CREATE TABLE {table} (id INTEGER PRIMARY KEY, n INTEGER NOT NULL); INSERT INTO {table} VALUES (1, 0)");
        await using var gate = await AdvisoryGate.CloseAsync(fixture.Database.ConnectionString);
        // The gate's SELECT takes the repeatable-read snapshot, then waits while the test changes the row.
        var (_, path) = await fixture.PublishAsync(
            $"SET TRANSACTION ISOLATION LEVEL REPEATABLE READ; {gate.WaitSql}; UPDATE {table} SET n = n + 1 WHERE id = 1");
        var call = fixture.Server.Http.GetAsync("/api/" + path);
        await gate.UntilWaitingAsync(1);
        await fixture.Database.ExecuteAsync($"UPDATE {table} SET n = 100 WHERE id = 1");
        await gate.OpenAsync();

        using var response = await call;
        var body = await response.ReadJsonAsync();

        Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{(int)response.StatusCode} {body.ToJsonString()}");
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Contains("serialization failure", (string?)body["message"], StringComparison.Ordinal);
        Assert.Equal(response.Headers.GetValues("X-Request-ID").Single(), (string?)body["request_id"]);
    }
}

public sealed class MariaDbLockContentionTests(MariaDbGateway fixture) : IClassFixture<MariaDbGateway>
{
    [Fact]
    public async Task Get_CrossedRowLocks_Returns503DeadlockWithRetryAfter()
    {
        var table = "dl" + Guid.NewGuid().ToString("N")[..8];
        var gateName = "gate_" + table;
        await fixture.Database.ExecuteAsync($"CREATE TABLE {table} (id INTEGER PRIMARY KEY, n INTEGER NOT NULL) ENGINE=InnoDB");
        await fixture.Database.ExecuteAsync($"INSERT INTO {table} (id, n) VALUES (1, 0), (2, 0), (3, 0), (4, 0), (5, 0), (6, 0), (7, 0), (8, 0)");
        await using var holder = await OpenAsync();
        await ExecuteAsync(holder, $"SELECT GET_LOCK('{gateName}', 0)");
        // The other transaction changes many rows, so InnoDB picks the API's lighter one as the victim.
        await using var other = await OpenAsync();
        await using var transaction = await other.BeginTransactionAsync();
        await ExecuteAsync(other, $"UPDATE {table} SET n = n + 1 WHERE id >= 2", transaction);
        var (_, path) = await fixture.PublishAsync(
            $"SELECT id FROM {table} WHERE id = 1 FOR UPDATE; SELECT GET_LOCK('{gateName}', 60); UPDATE {table} SET n = n + 1 WHERE id = 2");

        var call = fixture.Server.Http.GetAsync("/api/" + path);
        await Eventually.UntilAsync(async () => await CountAsync(holder, $"SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE STATE = 'User lock' AND INFO LIKE '%{gateName}%'") == 1,
            "the API's transaction holding row 1 and waiting at the gate");
        var blocked = ExecuteAsync(other, $"UPDATE {table} SET n = n + 1 WHERE id = 1", transaction);
        // INNODB_TRX lists the whole server's transactions; other tests may be waiting on locks of their own.
        await Eventually.UntilAsync(async () => await CountAsync(holder,
                $"SELECT COUNT(*) FROM information_schema.INNODB_TRX WHERE trx_state = 'LOCK WAIT' AND trx_query LIKE '%{table}%'") == 1,
            "the other transaction waiting for row 1");
        await ExecuteAsync(holder, $"SELECT RELEASE_LOCK('{gateName}')");

        using var response = await call;
        var body = await response.ReadJsonAsync();
        await blocked;
        await transaction.CommitAsync();

        Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{(int)response.StatusCode} {body.ToJsonString()}");
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Contains("deadlock", (string?)body["message"], StringComparison.Ordinal);
    }

    private async Task<MySqlConnection> OpenAsync()
    {
        var connection = new MySqlConnection(fixture.Database.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static async Task ExecuteAsync(MySqlConnection connection, string sql, MySqlTransaction? transaction = null)
    {
        await using var command = new MySqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> CountAsync(MySqlConnection connection, string sql)
    {
        await using var command = new MySqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
