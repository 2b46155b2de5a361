using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Sluice.IntegrationTests.Infrastructure;

namespace Sluice.IntegrationTests.Gateway;

/// <summary>A server (SQLite metadata unless a subclass picks another store) with one datasource
/// of the engine under test, holding an <c>items</c> table of 50 rows, and a logged-in admin.</summary>
public class GatewayFixture<TDatasource> : IAsyncLifetime where TDatasource : TestDatasource, new()
{
    public const int ItemCount = 50;

    private TestStore _store = null!;

    public TDatasource Database { get; private set; } = null!;
    public SluiceInstance Server { get; private set; } = null!;
    public string Token { get; private set; } = null!;
    public long DatasourceId { get; private set; }

    public async Task InitializeAsync()
    {
        _store = CreateStore();
        Database = new TDatasource();
        await Database.ExecuteAsync("CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(200) NOT NULL, price DECIMAL(12,2) NOT NULL, qty INTEGER NOT NULL)");
        var values = new StringBuilder();
        for (var i = 1; i <= ItemCount; i++)
        {
            values.Append(CultureInfo.InvariantCulture, $"{(i > 1 ? "," : "")}({i}, 'item {i}', {i}.{i % 10}5, {i % 7})");
        }
        await Database.ExecuteAsync("INSERT INTO items (id, name, price, qty) VALUES " + values);
        Server = await SluiceInstance.StartAsync(SluiceInstance.DefaultSettings(_store.DatabaseUrl));
        Token = (await Server.Http.LoginOkAsync()).AccessToken;
        var definition = new Dictionary<string, object?>(Database.Definition) { ["name"] = "under-test" };
        using var created = await Server.Http.PostJsonAsync("/api/v1/datasources", definition, Token);
        var body = await created.ReadJsonAsync();
        Assert.True(created.IsSuccessStatusCode, body.ToJsonString());
        DatasourceId = (long)body["id"]!;
    }

    /// <summary>Creates, commits and publishes an API (<paramref name="force"/>: even when the SQL
    /// check refuses it); returns its id and the path to call.</summary>
    public Task<(long Id, string Path)> PublishAsync(string sql, string parameters = "[]", string method = "GET", string pathSuffix = "",
        Dictionary<string, object?>? extra = null, bool force = false) =>
        Server.PublishAsync(Token, DatasourceId, sql, parameters, method, pathSuffix, extra, force);

    /// <summary>The metadata store the server runs on.</summary>
    protected virtual TestStore CreateStore() => new SqliteTestStore();

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        await Database.DisposeAsync();
        await _store.DisposeAsync();
    }
}

public sealed class PostgresGateway : GatewayFixture<PostgresTestDatasource>;

public sealed class MariaDbGateway : GatewayFixture<MariaDbTestDatasource>;

public sealed class SqliteGateway : GatewayFixture<SqliteTestDatasource>;

/// <summary>A SQLite datasource served from a PostgreSQL metadata store.</summary>
public sealed class PostgresStoreGateway : GatewayFixture<SqliteTestDatasource>
{
    protected override TestStore CreateStore() => new PostgresTestStore();
}

public sealed class DuckDbGateway : GatewayFixture<DuckDbTestDatasource>;
