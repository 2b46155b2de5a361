using System.Net;
using Sluice.IntegrationTests.Gateway;
using Sluice.IntegrationTests.Infrastructure;

namespace Sluice.IntegrationTests.Datasources;

/// <summary>The connection test a save runs on server engines: a login the database refuses is
/// saved, and says why in plain words.</summary>
public abstract class DatasourceLoginScenarios<TDatasource>(GatewayFixture<TDatasource> fixture) where TDatasource : TestDatasource, new()
{
    private HttpClient Http => fixture.Server.Http;

    [Fact]
    public async Task Create_WrongPassword_SavesAndNamesAuthentication()
    {
        var definition = Definition();
        definition["password"] = "not-the-password";

        using var created = await Http.PostJsonAsync("/api/v1/datasources", definition, fixture.Token);
        var body = await created.ReadJsonAsync();

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.False((bool)body["connection"]!["ok"]!);
        Assert.Equal($"authentication failed for user '{definition["username"]}'", (string?)body["connection"]!["error"]);

        using var fixedUp = await Http.PatchJsonAsync($"/api/v1/datasources/{(long)body["id"]!}", new { password = fixture.Database.Definition["password"] }, fixture.Token);
        var fixedBody = await fixedUp.ReadJsonAsync();
        Assert.Equal(HttpStatusCode.OK, fixedUp.StatusCode);
        Assert.True((bool)fixedBody["connection"]!["ok"]!, fixedBody.ToJsonString());
    }

    [Fact]
    public async Task Create_UnknownDatabase_SavesAndNamesIt()
    {
        var definition = Definition();
        definition["database"] = "no_such_db_" + Guid.NewGuid().ToString("N")[..8];

        using var created = await Http.PostJsonAsync("/api/v1/datasources", definition, fixture.Token);
        var body = await created.ReadJsonAsync();

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"unknown database '{definition["database"]}'", (string?)body["connection"]!["error"]);
    }

    [Fact]
    public async Task TestRoute_WrongPassword_SameAnswerAsSave()
    {
        var definition = Definition();
        definition["password"] = "not-the-password";

        using var tested = await Http.PostJsonAsync("/api/v1/datasources/test", definition, fixture.Token);
        var body = await tested.ReadJsonAsync();

        Assert.Equal(HttpStatusCode.OK, tested.StatusCode);
        Assert.False((bool)body["ok"]!);
        Assert.Equal($"authentication failed for user '{definition["username"]}'", (string?)body["error"]);
    }

    private Dictionary<string, object?> Definition() =>
        new(fixture.Database.Definition) { ["name"] = "login-" + Guid.NewGuid().ToString("N")[..8] };
}

public sealed class PostgresLoginScenarios(PostgresGateway fixture) : DatasourceLoginScenarios<PostgresTestDatasource>(fixture), IClassFixture<PostgresGateway>;

public sealed class MariaDbLoginScenarios(MariaDbGateway fixture) : DatasourceLoginScenarios<MariaDbTestDatasource>(fixture), IClassFixture<MariaDbGateway>;
