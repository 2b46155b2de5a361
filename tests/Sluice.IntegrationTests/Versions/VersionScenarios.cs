using System.Net;
using Sluice.IntegrationTests.Gateway;
using Sluice.IntegrationTests.Infrastructure;

namespace Sluice.IntegrationTests.Versions;

/// <summary>Diffs between versions and drafts, viewing, restoring and deleting versions of APIs
/// and macros, on each metadata store.</summary>
public abstract class VersionScenarios<TFixture>(TFixture fixture) where TFixture : GatewayFixture<SqliteTestDatasource>
{
    private const string IdParam = """[{"name": "id", "location": "query", "data_type": "integer"}]""";

    private HttpClient Http => fixture.Server.Http;
    private string Token => fixture.Token;

    [Fact]
    public async Task ApiDiff_TwoVersions_ShowsEachChangedLineUnderItsPart()
    {
        var (id, _) = await fixture.PublishAsync("SELECT id\nFROM items\nWHERE id = {{ id }}", IdParam);
        var first = await NewestVersionAsync($"/api/v1/apis/{id}");
        using (await Http.PatchJsonAsync($"/api/v1/apis/{id}", new
        {
            content = "SELECT id, name\nFROM items\nWHERE id = {{ id }}",
            @params = new[] { new { name = "id", location = "query", data_type = "integer", description = "Item id." } },
        }, Token))
        {
        }
        var second = await CommitAsync($"/api/v1/apis/{id}", "add name");

        var diff = await DiffAsync($"/api/v1/apis/{id}/versions/{first}/diff/{second}");

        Assert.Equal("""
            --- version 1
            +++ version 2
            @@ -1,11 +1,12 @@ content
             === content ===
            -SELECT id
            +SELECT id, name
             FROM items
             WHERE id = {{ id }}
             === params ===
             [
               {
                 "data_type": "integer",
            +    "description": "Item id.",
                 "is_required": false,
                 "location": "query",
                 "name": "id"

            """.ReplaceLineEndings("\n"), diff);
        Assert.Equal("", await DiffAsync($"/api/v1/apis/{id}/versions/{second}/diff/draft"));
        Assert.Contains("-SELECT id, name\n+SELECT id\n", await DiffAsync($"/api/v1/apis/{id}/versions/{second}/diff/{first}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiDiff_DraftChanged_ShowsTheDraftAgainstTheVersion()
    {
        var (id, _) = await fixture.PublishAsync("SELECT 1 AS one");
        var first = await NewestVersionAsync($"/api/v1/apis/{id}");
        using (await Http.PatchJsonAsync($"/api/v1/apis/{id}", new { result_transform = "rows => rows", identifiers = new[] { "name" } }, Token))
        {
        }

        var diff = await DiffAsync($"/api/v1/apis/{id}/versions/{first}/diff/draft");

        Assert.Equal(
            "--- version 1\n+++ draft\n@@ -3,7 +3,10 @@ params\n === params ===\n []\n === result_transform ===\n+rows => rows\n" +
            " === identifiers ===\n-[]\n+[\n+  \"name\"\n+]\n === tests ===\n []\n", diff);
    }

    [Fact]
    public async Task ApiDiff_UnknownVersionOrWord_Returns404Or400()
    {
        var (id, _) = await fixture.PublishAsync("SELECT 1 AS one");

        using (var unknown = await Http.GetAsync($"/api/v1/apis/{id}/versions/999999/diff/draft", Token))
        {
            Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
            Assert.Contains("999999", (string?)(await unknown.ReadJsonAsync())["detail"], StringComparison.Ordinal);
        }
        using (var word = await Http.GetAsync($"/api/v1/apis/{id}/versions/draft/diff/latest", Token))
        {
            Assert.Equal(HttpStatusCode.BadRequest, word.StatusCode);
            Assert.NotNull((await word.ReadJsonAsync())["errors"]!["to"]);
        }
        using var noApi = await Http.GetAsync("/api/v1/apis/999999/versions/draft/diff/draft", Token);
        Assert.Equal(HttpStatusCode.NotFound, noApi.StatusCode);
    }

    [Fact]
    public async Task ApiVersionDelete_PublishedOne_IsRefusedAndOthersGo()
    {
        var (id, path) = await fixture.PublishAsync("SELECT 'served' AS answer");
        var published = await NewestVersionAsync($"/api/v1/apis/{id}");
        using (await Http.PatchJsonAsync($"/api/v1/apis/{id}", new { content = "SELECT 'spare' AS answer" }, Token))
        {
        }
        var spare = await CommitAsync($"/api/v1/apis/{id}", "spare");

        using (var refused = await DeleteAsync($"/api/v1/apis/{id}/versions/{published}"))
        {
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
            Assert.Contains("published version", (string?)(await refused.ReadJsonAsync())["detail"], StringComparison.Ordinal);
        }
        using (var deleted = await DeleteAsync($"/api/v1/apis/{id}/versions/{spare}"))
        {
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }
        using (var again = await DeleteAsync($"/api/v1/apis/{id}/versions/{spare}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        }
        using (var versions = await Http.GetAsync($"/api/v1/apis/{id}/versions", Token))
        {
            Assert.Equal([published], (await versions.ReadJsonAsync())["data"]!.AsArray().Select(version => (long)version!["id"]!));
        }
        using var served = await Http.GetAsync($"/api/{path}");
        Assert.Equal("served", (string?)(await served.ReadJsonAsync())["data"]![0]!["answer"]);
    }

    [Fact]
    public async Task MacroVersions_ViewDiffRestoreAndDelete_WorkLikeApis()
    {
        using var created = await Http.PostJsonAsync("/api/v1/macros", new { name = "m_" + Guid.NewGuid().ToString("N")[..8], content = "price < {{ limit }}" }, Token);
        var id = (long)(await created.ReadJsonAsync())["id"]!;
        var first = await CommitAsync($"/api/v1/macros/{id}", "strict");
        using (await Http.PatchJsonAsync($"/api/v1/macros/{id}", new { content = "price <= {{ limit }}\n" }, Token))
        {
        }
        var second = await CommitAsync($"/api/v1/macros/{id}", "inclusive");
        using (await Http.PostJsonAsync($"/api/v1/macros/{id}/publish", new { version_id = second }, Token))
        {
        }

        using (var view = await Http.GetAsync($"/api/v1/macros/{id}/versions/{first}", Token))
        {
            var version = await view.ReadJsonAsync();
            Assert.Equal(("price < {{ limit }}", "strict", false), ((string?)version["content"], (string?)version["commit_message"], (bool)version["is_published"]!));
        }
        Assert.Equal("--- version 1\n+++ version 2\n@@ -1 +1 @@\n-price < {{ limit }}\n\\ No newline at end of file\n+price <= {{ limit }}\n",
            await DiffAsync($"/api/v1/macros/{id}/versions/{first}/diff/{second}"));

        using (var restored = await Http.PostJsonAsync($"/api/v1/macros/{id}/versions/{first}/restore", new { }, Token))
        {
            Assert.Equal("price < {{ limit }}", (string?)(await restored.ReadJsonAsync())["content"]);
        }
        Assert.Equal("", await DiffAsync($"/api/v1/macros/{id}/versions/{first}/diff/draft"));

        using (var refused = await DeleteAsync($"/api/v1/macros/{id}/versions/{second}"))
        {
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
            Assert.Contains("published version", (string?)(await refused.ReadJsonAsync())["detail"], StringComparison.Ordinal);
        }
        using (var deleted = await DeleteAsync($"/api/v1/macros/{id}/versions/{first}"))
        {
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }
        using var gone = await Http.GetAsync($"/api/v1/macros/{id}/versions/{first}", Token);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    private async Task<long> CommitAsync(string resource, string message)
    {
        using var commit = await Http.PostJsonAsync($"{resource}/versions", new { commit_message = message }, Token);
        var body = await commit.ReadJsonAsync();
        Assert.True(commit.IsSuccessStatusCode, body.ToJsonString());
        return (long)body["id"]!;
    }

    private async Task<long> NewestVersionAsync(string resource)
    {
        using var versions = await Http.GetAsync($"{resource}/versions", Token);
        return (long)(await versions.ReadJsonAsync())["data"]![0]!["id"]!;
    }

    private async Task<string> DiffAsync(string path)
    {
        using var response = await Http.GetAsync(path, Token);
        var body = await response.ReadJsonAsync();
        Assert.True(response.IsSuccessStatusCode, body.ToJsonString());
        return (string)body["diff"]!;
    }

    private Task<HttpResponseMessage> DeleteAsync(string path) =>
        Http.SendAsync(new HttpRequestMessage(HttpMethod.Delete, path) { Headers = { Authorization = new("Bearer", Token) } });
}

public sealed class SqliteVersions(SqliteGateway fixture) : VersionScenarios<SqliteGateway>(fixture), IClassFixture<SqliteGateway>;

public sealed class PostgresVersions(PostgresStoreGateway fixture) : VersionScenarios<PostgresStoreGateway>(fixture), IClassFixture<PostgresStoreGateway>;
