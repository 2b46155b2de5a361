using System.Net;
using System.Text.Json.Nodes;
using Sluice.IntegrationTests.Gateway;
using Sluice.IntegrationTests.Infrastructure;

namespace Sluice.IntegrationTests.Versions;

/// <summary>Version numbers (never reused), publishing by number or id, and commits of an unchanged
/// draft, for APIs and macros, on each metadata store.</summary>
public abstract class VersionNumberScenarios<TFixture>(TFixture fixture) where TFixture : GatewayFixture<SqliteTestDatasource>
{
    private HttpClient Http => fixture.Server.Http;
    private string Token => fixture.Token;

    [Fact]
    public async Task Commit_AfterTheNewestIsDeleted_TakesANewNumber()
    {
        var (id, _) = await fixture.Server.CreateApiAsync(Token, fixture.DatasourceId, "SELECT 1 AS one");
        var first = await CommitAsync($"/api/v1/apis/{id}", "one");
        await PatchAsync($"/api/v1/apis/{id}", new { content = "SELECT 2 AS two" });
        var second = await CommitAsync($"/api/v1/apis/{id}", "two");
        using (var deleted = await DeleteAsync($"/api/v1/apis/{id}/versions/{second["id"]}"))
        {
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }

        var third = await CommitAsync($"/api/v1/apis/{id}", "two again");

        Assert.Equal((1, 2, 3), ((int)first["version"]!, (int)second["version"]!, (int)third["version"]!));
        using var list = await Http.GetAsync($"/api/v1/apis/{id}/versions", Token);
        Assert.Equal([((long)third["id"]!, 3), ((long)first["id"]!, 1)],
            (await list.ReadJsonAsync())["data"]!.AsArray().Select(v => ((long)v!["id"]!, (int)v["version"]!)));
        using var one = await Http.GetAsync($"/api/v1/apis/{id}/versions/{third["id"]}", Token);
        Assert.Equal(3, (int)(await one.ReadJsonAsync())["version"]!);
    }

    [Fact]
    public async Task Commit_ManyAtOnce_EachGetsItsOwnNumber()
    {
        var (id, _) = await fixture.Server.CreateApiAsync(Token, fixture.DatasourceId, "SELECT 1 AS one");

        // The same draft committed concurrently: the counter hands out distinct numbers; a commit
        // that sees another's version as the newest is refused as unchanged.
        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(async i =>
        {
            using var commit = await Http.PostJsonAsync($"/api/v1/apis/{id}/versions", new { commit_message = $"c{i}" }, Token);
            return (commit.StatusCode, Body: await commit.ReadJsonAsync());
        }));

        Assert.All(answers, answer => Assert.True(answer.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict, answer.Body.ToJsonString()));
        var numbers = answers.Where(a => a.StatusCode == HttpStatusCode.Created).Select(a => (int)a.Body["version"]!).Order().ToArray();
        Assert.Equal(Enumerable.Range(1, numbers.Length), numbers);
    }

    [Fact]
    public async Task Publish_ByNumberOrId_ServesThatVersionAndShowsItsNumber()
    {
        var (id, path) = await fixture.PublishAsync("SELECT 'one' AS answer");
        await PatchAsync($"/api/v1/apis/{id}", new { content = "SELECT 'two' AS answer" });
        var second = await CommitAsync($"/api/v1/apis/{id}", "two");

        var newest = await PublishAsync($"/api/v1/apis/{id}", new { });
        Assert.Equal((2, (long)second["id"]!), ((int)newest["published_version"]!, (long)newest["published_version_id"]!));
        Assert.Equal("two", await AnswerAsync(path));

        var rolledBack = await PublishAsync($"/api/v1/apis/{id}", new { version = 1 });
        Assert.Equal(1, (int)rolledBack["published_version"]!);
        Assert.Equal("one", await AnswerAsync(path));
        using (var shown = await Http.GetAsync($"/api/v1/apis/{id}", Token))
        {
            Assert.Equal(1, (int)(await shown.ReadJsonAsync())["published_version"]!);
        }

        Assert.Equal(2, (int)(await PublishAsync($"/api/v1/apis/{id}", new { version_id = (long)second["id"]! }))["published_version"]!);
        Assert.Equal("two", await AnswerAsync(path));
    }

    [Fact]
    public async Task Publish_BothOrUnknownVersions_Returns400Or404NamingThem()
    {
        var (id, _) = await fixture.PublishAsync("SELECT 1 AS one");

        using (var both = await Http.PostJsonAsync($"/api/v1/apis/{id}/publish", new { version = 1, version_id = 1 }, Token))
        {
            Assert.Equal(HttpStatusCode.BadRequest, both.StatusCode);
            Assert.Contains("send one of them", (string?)(await both.ReadJsonAsync())["errors"]!["version"]![0], StringComparison.Ordinal);
        }
        using (var number = await Http.PostJsonAsync($"/api/v1/apis/{id}/publish", new { version = 99 }, Token))
        {
            Assert.Equal(HttpStatusCode.NotFound, number.StatusCode);
            Assert.Contains("no version number 99", (string?)(await number.ReadJsonAsync())["detail"], StringComparison.Ordinal);
        }
        using var versionId = await Http.PostJsonAsync($"/api/v1/apis/{id}/publish", new { version_id = 999999 }, Token);
        Assert.Equal(HttpStatusCode.NotFound, versionId.StatusCode);
        Assert.Contains("999999", (string?)(await versionId.ReadJsonAsync())["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Commit_UnchangedApiDraft_Returns409NamingTheNewestVersion()
    {
        var (id, _) = await fixture.PublishAsync("SELECT 1 AS one", """[{"name": "id", "location": "query", "data_type": "integer"}]""");
        // The same definitions with their keys in another order are the same API.
        await PatchAsync($"/api/v1/apis/{id}", new { @params = JsonNode.Parse("""[{"data_type": "integer", "name": "id", "location": "query"}]""") });

        using var unchanged = await Http.PostJsonAsync($"/api/v1/apis/{id}/versions", new { commit_message = "again" }, Token);

        Assert.Equal(HttpStatusCode.Conflict, unchanged.StatusCode);
        Assert.Contains("Nothing changed since version 1", (string?)(await unchanged.ReadJsonAsync())["detail"], StringComparison.Ordinal);
        await PatchAsync($"/api/v1/apis/{id}", new { result_transform = "rows => rows" });
        Assert.Equal(2, (int)(await CommitAsync($"/api/v1/apis/{id}", "transform"))["version"]!);
    }

    [Fact]
    public async Task MacroVersions_NumbersPublishAndUnchangedCommit_WorkLikeApis()
    {
        using var created = await Http.PostJsonAsync("/api/v1/macros", new { name = "m_" + Guid.NewGuid().ToString("N")[..8], content = "1 = 1" }, Token);
        var id = (long)(await created.ReadJsonAsync())["id"]!;
        var first = await CommitAsync($"/api/v1/macros/{id}", "first");
        using (var unchanged = await Http.PostJsonAsync($"/api/v1/macros/{id}/versions", new { commit_message = "again" }, Token))
        {
            Assert.Equal(HttpStatusCode.Conflict, unchanged.StatusCode);
            Assert.Contains("Nothing changed since version 1", (string?)(await unchanged.ReadJsonAsync())["detail"], StringComparison.Ordinal);
        }
        await PatchAsync($"/api/v1/macros/{id}", new { content = "2 = 2" });
        var second = await CommitAsync($"/api/v1/macros/{id}", "second");
        using (await DeleteAsync($"/api/v1/macros/{id}/versions/{second["id"]}"))
        {
        }
        var third = await CommitAsync($"/api/v1/macros/{id}", "third");
        Assert.Equal((1, 2, 3), ((int)first["version"]!, (int)second["version"]!, (int)third["version"]!));

        var published = await PublishAsync($"/api/v1/macros/{id}", new { version = 1 });

        Assert.Equal((1, (long)first["id"]!), ((int)published["published_version"]!, (long)published["published_version_id"]!));
        using var both = await Http.PostJsonAsync($"/api/v1/macros/{id}/publish", new { version = 3, version_id = (long)third["id"]! }, Token);
        Assert.Equal(HttpStatusCode.BadRequest, both.StatusCode);
        using var missing = await Http.PostJsonAsync($"/api/v1/macros/{id}/publish", new { version = 2 }, Token);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    private async Task<JsonNode> CommitAsync(string resource, string message)
    {
        using var commit = await Http.PostJsonAsync($"{resource}/versions", new { commit_message = message }, Token);
        var body = await commit.ReadJsonAsync();
        Assert.True(commit.IsSuccessStatusCode, body.ToJsonString());
        return body;
    }

    private async Task<JsonNode> PublishAsync(string resource, object request)
    {
        using var publish = await Http.PostJsonAsync($"{resource}/publish", request, Token);
        var body = await publish.ReadJsonAsync();
        Assert.True(publish.IsSuccessStatusCode, body.ToJsonString());
        return body;
    }

    private async Task PatchAsync(string resource, object change)
    {
        using var patched = await Http.PatchJsonAsync(resource, change, Token);
        Assert.True(patched.IsSuccessStatusCode, await patched.Content.ReadAsStringAsync());
    }

    private async Task<string?> AnswerAsync(string path)
    {
        using var served = await Http.GetAsync($"/api/{path}");
        return (string?)(await served.ReadJsonAsync())["data"]![0]!["answer"];
    }

    private Task<HttpResponseMessage> DeleteAsync(string path) =>
        Http.SendAsync(new HttpRequestMessage(HttpMethod.Delete, path) { Headers = { Authorization = new("Bearer", Token) } });
}

public sealed class SqliteVersionNumbers(SqliteGateway fixture) : VersionNumberScenarios<SqliteGateway>(fixture), IClassFixture<SqliteGateway>;

public sealed class PostgresVersionNumbers(PostgresStoreGateway fixture) : VersionNumberScenarios<PostgresStoreGateway>(fixture), IClassFixture<PostgresStoreGateway>;
