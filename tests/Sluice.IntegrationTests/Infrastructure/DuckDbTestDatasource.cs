using DuckDB.NET.Data;

namespace Sluice.IntegrationTests.Infrastructure;

public sealed class DuckDbTestDatasource : TestDatasource
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sluice-ds-duckdb-").FullName;

    private string File => Path.Combine(_folder, "data.duckdb");

    public override Dictionary<string, object?> Definition => new() { ["product_type"] = "duckdb", ["database"] = File };

    public override (Dictionary<string, object?> Definition, string Reason) Unreachable =>
        (new() { ["product_type"] = "duckdb", ["database"] = Path.Combine(_folder, "missing", "data.duckdb") }, "cannot open the database file");

    public override string SlowQuery(int seconds) =>
        $"SELECT COUNT(*) AS slept FROM range({seconds * 400_000_000_000L}) a WHERE hash(a.range) % 7 = 3";

    public override async Task ExecuteAsync(string sql)
    {
        await using var connection = new DuckDBConnection("Data Source=" + File);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    public override ValueTask DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}
