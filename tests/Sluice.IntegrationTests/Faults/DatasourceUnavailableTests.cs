using System.Net;
using System.Net.Sockets;
using Sluice.IntegrationTests.Infrastructure;

namespace Sluice.IntegrationTests.Faults;

/// <summary>A datasource the gateway cannot reach answers 503 naming the reason class outside
/// production, and only "unavailable" in production.</summary>
public sealed class DatasourceUnavailableTests
{
    [Fact]
    public async Task Gateway_PostgresUnreachableForEachReason_Answers503NamingItOutsideProduction()
    {
        await using var database = new PostgresTestDatasource();
        await using var store = new SqliteTestStore();
        await using var server = await SluiceInstance.StartAsync(SluiceInstance.DefaultSettings(store.DatabaseUrl));
        var token = (await server.Http.LoginOkAsync()).AccessToken;

        await AssertReasonAsync(server, token, new(database.Definition) { ["password"] = "wrong-password" }, "authentication failed");
        await AssertReasonAsync(server, token, new(database.Definition) { ["database"] = "no_such_db_" + Guid.NewGuid().ToString("N")[..8] }, "unknown database");
        await AssertReasonAsync(server, token, new(database.Definition) { ["host"] = "127.0.0.1", ["port"] = ClosedPort() }, "connection refused");
        await AssertReasonAsync(server, token, new(database.Definition) { ["host"] = "no-such-host.invalid" }, "host not found");
    }

    [Fact]
    public async Task Gateway_MariaDbUnreachableForEachReason_Answers503NamingItOutsideProduction()
    {
        await using var database = new MariaDbTestDatasource();
        await using var store = new SqliteTestStore();
        await using var server = await SluiceInstance.StartAsync(SluiceInstance.DefaultSettings(store.DatabaseUrl));
        var token = (await server.Http.LoginOkAsync()).AccessToken;

        await AssertReasonAsync(server, token, new(database.Definition) { ["password"] = "wrong-password" }, "authentication failed");
        await AssertReasonAsync(server, token, new(database.Definition) { ["database"] = "no_such_db_" + Guid.NewGuid().ToString("N")[..8] }, "unknown database");
        // MySqlConnector reports every failed connect alike, without the socket's error.
        await AssertReasonAsync(server, token, new(database.Definition) { ["host"] = "127.0.0.1", ["port"] = ClosedPort() }, "cannot connect to the host");
    }

    [Fact]
    public async Task Gateway_EmbeddedFileCannotBeOpened_Answers503NamingIt()
    {
        await using var store = new SqliteTestStore();
        await using var server = await SluiceInstance.StartAsync(SluiceInstance.DefaultSettings(store.DatabaseUrl));
        var token = (await server.Http.LoginOkAsync()).AccessToken;
        var missing = Path.Combine(Path.GetTempPath(), "sluice-missing-" + Guid.NewGuid().ToString("N"));

        await AssertReasonAsync(server, token, new() { ["product_type"] = "sqlite", ["database"] = Path.Combine(missing, "data.db") }, "cannot open the database file");
        await AssertReasonAsync(server, token, new() { ["product_type"] = "duckdb", ["database"] = Path.Combine(missing, "data.duckdb") }, "cannot open the database file");
    }

    [Fact]
    public async Task Gateway_DatasourceUnreachableInProduction_Answers503WithoutTheReason()
    {
        await using var database = new PostgresTestDatasource();
        await using var store = new SqliteTestStore();
        var settings = SluiceInstance.DefaultSettings(store.DatabaseUrl);
        settings["ENVIRONMENT"] = "production";
        await using var server = await SluiceInstance.StartAsync(settings);
        var token = (await server.Http.LoginOkAsync()).AccessToken;
        var datasource = await server.CreateDatasourceAsync(token, new(database.Definition) { ["password"] = "wrong-password" });
        var (_, path) = await server.PublishAsync(token, datasource, "SELECT 1 AS one", force: true);

        using var response = await server.Http.GetAsync("/api/" + path);
        var body = await response.ReadJsonAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("The datasource is unavailable. Retry shortly.", (string?)body["message"]);
        Assert.Equal(response.Headers.GetValues("X-Request-ID").Single(), (string?)body["request_id"]);
    }

    private static async Task AssertReasonAsync(SluiceInstance server, string token, Dictionary<string, object?> definition, string reason)
    {
        var datasource = await server.CreateDatasourceAsync(token, definition);
        var (_, path) = await server.PublishAsync(token, datasource, "SELECT 1 AS one", force: true);

        using var response = await server.Http.GetAsync("/api/" + path);
        var body = await response.ReadJsonAsync();

        Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{(int)response.StatusCode} {body.ToJsonString()}");
        Assert.Matches($"^Datasource 'ds-[0-9a-f]+' is unreachable: {reason}\\. Retry shortly\\.$", (string?)body["message"]);
        Assert.NotNull(response.Headers.RetryAfter);
    }

    // A port nothing listens on: taken from the system, then released.
    private static int ClosedPort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
