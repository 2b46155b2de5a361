using Microsoft.Data.Sqlite;

namespace Sluice.IntegrationTests.Infrastructure;

/// <summary>A write lock on a SQLite file, held from a connection of its own (as another process
/// would hold it) until disposed, when its transaction is rolled back.</summary>
internal sealed class SqliteFileLock : IAsyncDisposable
{
    private readonly SqliteConnection _connection;

    private SqliteFileLock(SqliteConnection connection) => _connection = connection;

    /// <summary>Begins a transaction of <paramref name="mode"/> (<c>EXCLUSIVE</c> keeps readers
    /// out too, except in WAL mode; <c>IMMEDIATE</c> only writers) on <paramref name="file"/>.</summary>
    public static async Task<SqliteFileLock> TakeAsync(string file, string mode = "EXCLUSIVE")
    {
        var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        await connection.OpenAsync();
        await using var begin = connection.CreateCommand();
        begin.CommandText = $"BEGIN {mode}";
        await begin.ExecuteNonQueryAsync();
        return new SqliteFileLock(connection);
    }

    public async ValueTask DisposeAsync()
    {
        await using (var rollback = _connection.CreateCommand())
        {
            rollback.CommandText = "ROLLBACK";
            await rollback.ExecuteNonQueryAsync();
        }
        await _connection.DisposeAsync();
    }
}
