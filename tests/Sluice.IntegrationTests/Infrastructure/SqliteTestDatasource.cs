using Microsoft.Data.Sqlite;

namespace Sluice.IntegrationTests.Infrastructure;

public sealed class SqliteTestDatasource : TestDatasource
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sluice-ds-sqlite-").FullName;

    private string File => Path.Combine(_folder, "data.db");

    public override Dictionary<string, object?> Definition => new() { ["product_type"] = "sqlite", ["database"] = File };

    public override (Dictionary<string, object?> Definition, string Reason) Unreachable =>
        (new() { ["product_type"] = "sqlite", ["database"] = Path.Combine(_folder, "missing", "data.db") }, "cannot open the database file");

    // A recursive count that keeps one core busy for several seconds per second asked for, on
    // any machine longer than the timeouts the tests set; bounded, so that an interrupt that
    // lands before the statement starts (SQLite then ignores it) costs a minute, not the run.
    public override string SlowQuery(int seconds) =>
        $"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {seconds * 50_000_000L}) SELECT COUNT(*) AS slept FROM n";

    public override bool HasExactDecimals => false;

    public override string TypeCheckedTable => " STRICT";

    public override Dictionary<string, object?> DefinitionWithForeignKeys => new(Definition) { ["options"] = new Dictionary<string, string> { ["Foreign Keys"] = "True" } };

    public override async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = File, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}
