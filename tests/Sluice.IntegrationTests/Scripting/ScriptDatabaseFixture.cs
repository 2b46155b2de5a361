using System.Globalization;
using Sluice.Core.Connectors;
using Sluice.Core.Datasources;
using Sluice.IntegrationTests.Infrastructure;
using Sluice.Server.Scripting;

namespace Sluice.IntegrationTests.Scripting;

/// <summary>A fresh database of one engine and a pool on it, as the gateway would build it, for
/// script database tests that call the host objects directly.</summary>
public class ScriptDatabaseFixture<TDatasource> : IAsyncLifetime where TDatasource : TestDatasource, new()
{
    public const string DatasourceName = "under-test";

    public TDatasource Database { get; private set; } = null!;
    internal DatasourcePool Pool { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Database = new TDatasource();
        Pool = CreatePool(Database.Definition);
        return Task.CompletedTask;
    }

    /// <summary>A pool for a datasource definition (the body of POST /api/v1/datasources).</summary>
    internal static DatasourcePool CreatePool(Dictionary<string, object?> definition)
    {
        var product = ProductTypes.Parse((string?)definition["product_type"]) ?? throw new ArgumentException("Unknown product type.", nameof(definition));
        var spec = new ConnectionSpec(product, definition.GetValueOrDefault("host") as string,
            definition.GetValueOrDefault("port") is { } port ? Convert.ToInt32(port, CultureInfo.InvariantCulture) : null,
            (string)definition["database"]!, definition.GetValueOrDefault("username") as string, definition.GetValueOrDefault("password") as string,
            new Dictionary<string, string>());
        return DatasourcePool.Create(spec, new ConnectorLimits(4, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(30)));
    }

    /// <summary>A script run's database access on the pool.</summary>
    internal ScriptDatabase Open(bool alwaysRollBack = false, TimeSpan? statementTimeout = null, int maxRows = 1000) =>
        new(Pool, DatasourceName, new ScriptDatabaseOptions(statementTimeout ?? TimeSpan.FromSeconds(30), maxRows) { AlwaysRollBack = alwaysRollBack });

    public async Task DisposeAsync()
    {
        await Pool.DisposeAsync();
        await Database.DisposeAsync();
    }
}

public sealed class PostgresScriptDatabase : ScriptDatabaseFixture<PostgresTestDatasource>;

public sealed class MariaDbScriptDatabase : ScriptDatabaseFixture<MariaDbTestDatasource>;

public sealed class SqliteScriptDatabase : ScriptDatabaseFixture<SqliteTestDatasource>;

public sealed class DuckDbScriptDatabase : ScriptDatabaseFixture<DuckDbTestDatasource>;
