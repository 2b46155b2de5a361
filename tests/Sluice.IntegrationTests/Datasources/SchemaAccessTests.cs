using System.Net;
using Sluice.IntegrationTests.Gateway;
using Sluice.IntegrationTests.Infrastructure;
using Sluice.IntegrationTests.Permissions;

namespace Sluice.IntegrationTests.Datasources;

/// <summary>Who may read a datasource's schema: a holder of <c>datasource:read</c> on it.</summary>
public sealed class SchemaAccessTests(SqliteGateway fixture) : IClassFixture<SqliteGateway>
{
    private HttpClient Http => fixture.Server.Http;

    private string SchemaPath => $"/api/v1/datasources/{fixture.DatasourceId}/schema";

    [Fact]
    public async Task Schema_WithoutDatasourceRead_Answers403()
    {
        var actors = new Actors(Http, fixture.Token);
        var (_, nobody) = await actors.UserAsync();
        var (_, apiReader) = await actors.UserAsync("api:read");

        using var refused = await Http.GetAsync(SchemaPath, nobody);
        using var wrongResource = await Http.GetAsync(SchemaPath, apiReader);

        await Actors.AssertForbiddenAsync(refused, $"datasource:read on {fixture.DatasourceId}");
        await Actors.AssertForbiddenAsync(wrongResource, $"datasource:read on {fixture.DatasourceId}");
    }

    [Fact]
    public async Task Schema_ReadScopedToAnotherDatasource_Answers403AndToThisOne200()
    {
        var actors = new Actors(Http, fixture.Token);
        var other = new Dictionary<string, object?>(fixture.Database.Definition) { ["name"] = "other-" + Guid.NewGuid().ToString("N")[..8] };
        using var created = await Http.PostJsonAsync("/api/v1/datasources", other, fixture.Token);
        var otherId = (long)(await created.ReadJsonAsync())["id"]!;
        var (_, elsewhere) = await actors.UserAsync($"datasource:read:{otherId}");
        var (_, here) = await actors.UserAsync($"datasource:read:{fixture.DatasourceId}");

        using var refused = await Http.GetAsync(SchemaPath, elsewhere);
        using var allowed = await Http.GetAsync(SchemaPath, here);
        using var theirs = await Http.GetAsync($"/api/v1/datasources/{otherId}/schema", elsewhere);

        await Actors.AssertForbiddenAsync(refused, $"datasource:read on {fixture.DatasourceId}");
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, theirs.StatusCode);
    }

    [Fact]
    public async Task Schema_BadRefreshOrUnknownId_AnswersClear4xx()
    {
        using var badRefresh = await Http.GetAsync(SchemaPath + "?refresh=maybe", fixture.Token);
        var problem = await badRefresh.ReadJsonAsync();
        using var missing = await Http.GetAsync("/api/v1/datasources/999999/schema", fixture.Token);

        Assert.Equal(HttpStatusCode.BadRequest, badRefresh.StatusCode);
        Assert.Contains("refresh", (string?)problem["detail"], StringComparison.Ordinal);
        Assert.Contains("true or false", (string?)problem["detail"], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
