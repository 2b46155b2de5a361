using Microsoft.Data.Sqlite;
using Sluice.Core.Connectors;
using Sluice.Core.Datasources;
using Sluice.Core.Templates;

namespace Sluice.Tests.Connectors;

/// <summary>A SQLite statement stops when its run is cancelled, even when the cancel lands
/// before the statement starts (SQLite forgets an sqlite3_interrupt that finds nothing running).</summary>
public sealed class SqliteInterruptTests : IAsyncLifetime
{
    private const int SqliteInterrupt = 9;

    // Tens of millions of virtual-machine steps in one sqlite3_step: seconds of work if nothing stops it.
    private static readonly BoundStatement LongCount = new(
        "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 20000000) SELECT count(*) FROM c", []);

    private readonly string _file = Path.Combine(Path.GetTempPath(), "sluice-interrupt-" + Guid.NewGuid().ToString("N") + ".db");
    private DatasourcePool _pool = null!;

    public async Task InitializeAsync()
    {
        await using (var create = new SqliteConnection($"Data Source={_file};Pooling=False"))
        {
            await create.OpenAsync();
            await using var table = create.CreateCommand();
            table.CommandText = "CREATE TABLE t (x INTEGER)";
            await table.ExecuteNonQueryAsync();
        }
        _pool = DatasourcePool.Create(new ConnectionSpec(ProductType.Sqlite, null, null, _file, null, null, new Dictionary<string, string>()),
            new ConnectorLimits(2, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task InterruptOnCancel_CancelledBeforeTheStatementStarts_StopsTheStatement()
    {
        await using var connection = await _pool.OpenAsync(CancellationToken.None);
        using var run = new CancellationTokenSource();
        using var watch = _pool.InterruptOnCancel(connection, TimeSpan.FromSeconds(30), run.Token);
        // The interrupt fires now, while no statement runs; the statement below starts after it.
        await run.CancelAsync();
        await using var command = await _pool.CreateCommandAsync(connection, LongCount, null, CancellationToken.None);

        var error = Assert.Throws<SqliteException>(() => command.ExecuteScalar());

        Assert.Equal(SqliteInterrupt, error.SqliteErrorCode);
    }

    [Fact]
    public async Task InterruptOnCancel_Disposed_LeavesThePooledConnectionToTheNextRun()
    {
        await using (var first = await _pool.OpenAsync(CancellationToken.None))
        {
            using var run = new CancellationTokenSource();
            using (_pool.InterruptOnCancel(first, TimeSpan.FromSeconds(30), run.Token))
            {
            }
            await run.CancelAsync();
        }
        await using var connection = await _pool.OpenAsync(CancellationToken.None);
        await using var command = await _pool.CreateCommandAsync(connection,
            new BoundStatement("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 100000) SELECT count(*) FROM c", []),
            null, CancellationToken.None);

        Assert.Equal(100000L, command.ExecuteScalar());
    }

    public async Task DisposeAsync()
    {
        await _pool.DisposeAsync();
        SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }
}
