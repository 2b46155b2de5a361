namespace Sluice.IntegrationTests.Infrastructure;

/// <summary>A SQLite file in a temporary folder.</summary>
public sealed class SqliteTestStore : TestStore
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sluice-sqlite-").FullName;

    public override string DatabaseUrl => "sqlite:///" + Path.Combine(_folder, "sluice.db");

    public override string ComponentName => "sqlite";

    public override ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}
