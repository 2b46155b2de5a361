using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Dapper;
using Sluice.Core.Storage;
using Sluice.IntegrationTests.Infrastructure;

namespace Sluice.IntegrationTests.Audit;

/// <summary>The audit trail over real HTTP, on each metadata store: every change recorded with
/// who made it, secrets masked, and a hash chain that shows any edit made by hand.</summary>
public abstract class AuditScenarios<TStore>(ServerFixture<TStore> fixture) where TStore : TestStore, new()
{
    private SluiceInstance Server => fixture.Server;
    private HttpClient Http => fixture.Server.Http;

    [Fact]
    public async Task Module_CreatedUpdatedDeleted_EachRecordedWithUserActionAndId()
    {
        var token = await TokenAsync();
        var adminId = await UserIdAsync(token);
        var name = "audited-" + Suffix();
        var id = await CreateModuleAsync(token, name);
        using (var patched = await Http.PatchJsonAsync($"/api/v1/modules/{id}", new { description = "now described" }, token))
        {
            Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        }
        using (var deleted = await DeleteAsync($"/api/v1/modules/{id}", token))
        {
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }

        var rows = await AuditAsync(token, $"resource_type=module&resource_id={id}");

        Assert.Equal(["delete", "update", "create"], rows.Select(row => (string)row["action"]!));
        Assert.All(rows, row =>
        {
            Assert.Equal(adminId, (long)row["user_id"]!);
            Assert.Equal(SluiceInstance.AdminUser, (string?)row["username"]);
            Assert.Equal(id.ToString(CultureInfo.InvariantCulture), (string?)row["resource_id"]);
            Assert.False(string.IsNullOrEmpty((string?)row["ip"]));
            Assert.False(string.IsNullOrEmpty((string?)row["request_id"]));
            Assert.Matches("^[0-9a-f]{64}$", (string?)row["hash"]);
        });
        Assert.Equal(name, (string?)rows[2]["summary"]!["name"]);
        Assert.Equal("now described", (string?)rows[1]["summary"]!["description"]);
        Assert.Null(rows[0]["summary"]);
        using var metrics = await Http.GetAsync("/api/v1/utils/metrics");
        Assert.Contains("sluice_actions_total{action=\"create\"}", await metrics.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_CommittedAndPublished_RecordedAgainstTheApi()
    {
        var token = await TokenAsync();
        var datasource = await CreateAsync(token, "/api/v1/datasources", new { name = "sq-" + Suffix(), product_type = "sqlite", database = SqliteFile() });
        var api = await CreateAsync(token, "/api/v1/apis", new { name = "audited api", path = "audited" + Suffix(), datasource_id = datasource, content = "SELECT 1 AS one" });
        using (var committed = await Http.PostJsonAsync($"/api/v1/apis/{api}/versions", new { commit_message = "first cut" }, token))
        {
            Assert.Equal(HttpStatusCode.Created, committed.StatusCode);
        }
        using (var published = await Http.PostJsonAsync($"/api/v1/apis/{api}/publish", new { }, token))
        {
            Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        }

        var rows = await AuditAsync(token, $"resource_type=api&resource_id={api}");

        Assert.Equal(["publish", "commit", "create"], rows.Select(row => (string)row["action"]!));
        Assert.Equal("first cut", (string?)rows[1]["summary"]!["commit_message"]);
        Assert.Equal("SELECT 1 AS one", (string?)rows[2]["summary"]!["content"]);
        Assert.Single(await AuditAsync(token, $"action=create&resource_type=datasource&resource_id={datasource}"));
    }

    [Fact]
    public async Task Secrets_DatasourcePasswordClientSecretAndUserPassword_NeverReachTheTrail()
    {
        var token = await TokenAsync();
        const string password = "audit-datasource-pw-8d1f";
        var datasource = await CreateAsync(token, "/api/v1/datasources", new
        {
            name = "pg-" + Suffix(), product_type = "postgres", host = "db.internal", port = 5432, database = "shop", username = "reader", password,
            options = new { sslmode = "require", sslpassword = "audit-nested-secret-3c9a" },
        });
        using var client = await Http.PostJsonAsync("/api/v1/clients", new { name = "client-" + Suffix() }, token);
        var clientJson = await client.ReadJsonAsync();
        var clientId = (long)clientJson["id"]!;
        using var rotated = await Http.PostJsonAsync($"/api/v1/clients/{clientId}/secret", new { }, token);
        var newSecret = (string)(await rotated.ReadJsonAsync())["client_secret"]!;
        var username = await Server.CreateUserAsync("user-password-1");
        var userToken = (await Http.LoginOkAsync(username, "user-password-1")).AccessToken;
        using (var changed = await Http.PatchJsonAsync("/api/v1/users/me/password",
            new { current_password = "user-password-1", new_password = "audit-new-password-77" }, userToken))
        {
            Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        }

        var datasourceRow = Assert.Single(await AuditAsync(token, $"resource_type=datasource&resource_id={datasource}"));
        Assert.Equal("***", (string?)datasourceRow["summary"]!["password"]);
        Assert.Equal("***", (string?)datasourceRow["summary"]!["options"]!["sslpassword"]);
        Assert.Equal("require", (string?)datasourceRow["summary"]!["options"]!["sslmode"]);
        var clientRows = await AuditAsync(token, $"resource_type=client&resource_id={clientId}");
        Assert.Equal(["rotate_secret", "create"], clientRows.Select(row => (string)row["action"]!));
        var passwordRow = Assert.Single(await AuditAsync(token, "action=change_password&user_id=" + await UserIdAsync(userToken)));
        Assert.Equal(username, (string?)passwordRow["username"]);
        Assert.Equal((await UserIdAsync(userToken)).ToString(CultureInfo.InvariantCulture), (string?)passwordRow["resource_id"]);
        Assert.Equal("***", (string?)passwordRow["summary"]!["new_password"]);

        using var everything = await Http.GetAsync("/api/v1/audit?page_size=500", token);
        var text = await everything.Content.ReadAsStringAsync();
        foreach (var secret in new[] { password, "audit-nested-secret-3c9a", (string)clientJson["client_secret"]!, newSecret, "user-password-1", "audit-new-password-77" })
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Login_SuccessAndFailure_RecordedWithTheNameTypedButNoPassword()
    {
        var username = await Server.CreateUserAsync("user-password-1");
        var userToken = (await Http.LoginOkAsync(username, "user-password-1")).AccessToken;
        var nobody = "nobody_" + Suffix();
        using (var failed = await Http.LoginAsync(nobody, "audit-wrong-password-5e"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, failed.StatusCode);
        }
        var token = await TokenAsync();

        var userId = await UserIdAsync(userToken);
        var login = Assert.Single(await AuditAsync(token, $"action=login&user_id={userId}"));
        Assert.Equal(username, (string?)login["username"]);
        var failures = (await AuditAsync(token, "action=login_failed&page_size=500")).Where(row => (string?)row["username"] == nobody).ToArray();
        var failure = Assert.Single(failures);
        Assert.Null(failure["user_id"]);
        Assert.Equal("invalid_credentials", (string?)failure["summary"]!["reason"]);
        Assert.DoesNotContain("audit-wrong-password-5e", failure.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Requests_FailedOrNotChanges_AreNotRecorded()
    {
        var token = await TokenAsync();
        var before = await TotalAsync(token);

        using (var invalid = await Http.PostJsonAsync("/api/v1/modules", new { description = "no name" }, token))
        {
            Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        }
        using (var missing = await DeleteAsync("/api/v1/modules/987654321", token))
        {
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        }
        using (var tested = await Http.PostJsonAsync("/api/v1/datasources/test", new { product_type = "sqlite", database = SqliteFile() }, token))
        {
            Assert.Equal(HttpStatusCode.OK, tested.StatusCode);
        }
        using (var read = await Http.GetAsync("/api/v1/modules", token))
        {
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        }

        Assert.Equal(before, await TotalAsync(token));
    }

    [Fact]
    public async Task List_FilteredByTime_ReturnsOnlyEntriesInTheWindow()
    {
        var token = await TokenAsync();
        var start = Server.Time.GetUtcNow();
        Server.Time.Advance(TimeSpan.FromMinutes(1));
        var id = await CreateModuleAsync(token, "timed-" + Suffix());
        var from = Uri.EscapeDataString(start.AddSeconds(30).ToString("O", CultureInfo.InvariantCulture));
        var to = Uri.EscapeDataString(start.AddSeconds(30).ToString("O", CultureInfo.InvariantCulture));

        var after = await AuditAsync(token, $"from={from}");
        var upTo = await AuditAsync(token, $"to={to}&page_size=500");

        Assert.Equal(id.ToString(CultureInfo.InvariantCulture), (string?)Assert.Single(after)["resource_id"]);
        Assert.DoesNotContain(upTo, row => (string?)row["resource_id"] == id.ToString(CultureInfo.InvariantCulture) && (string?)row["resource_type"] == "module");
        using var bad = await Http.GetAsync("/api/v1/audit?from=yesterday", token);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task Chain_TwentyConcurrentCreates_StaysValid()
    {
        var token = await TokenAsync();
        var prefix = "parallel-" + Suffix() + "-";

        var ids = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => CreateModuleAsync(token, prefix + i)));

        var created = (await AuditAsync(token, "action=create&resource_type=module&page_size=500"))
            .Where(row => ((string?)row["summary"]!["name"])!.StartsWith(prefix, StringComparison.Ordinal)).ToArray();
        Assert.Equal(ids.Order(), created.Select(row => long.Parse((string)row["resource_id"]!, CultureInfo.InvariantCulture)).Order());
        Assert.Equal(20, created.Select(row => (string?)row["prev_hash"]).Distinct().Count());
        Assert.Equal("""{"valid":true}""", await VerifyAsync(token));
    }

    [Fact]
    public async Task Chain_TwoNodesAppendingAtOnce_StaysValid()
    {
        await using var store = new TStore();
        var settings = SluiceInstance.DefaultSettings(store.DatabaseUrl);
        await using var first = await SluiceInstance.StartAsync(settings);
        await using var second = await SluiceInstance.StartAsync(settings);
        var firstToken = (await first.Http.LoginOkAsync()).AccessToken;
        var secondToken = (await second.Http.LoginOkAsync()).AccessToken;

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => i % 2 == 0
            ? CreateModuleAsync(first.Http, firstToken, $"first-{i}")
            : CreateModuleAsync(second.Http, secondToken, $"second-{i}")));

        Assert.Equal(20, (await AuditAsync(first.Http, firstToken, "action=create&page_size=500")).Length);
        Assert.Equal("""{"valid":true}""", await VerifyAsync(second.Http, secondToken));
    }

    [Fact]
    public async Task Verify_OneRowChangedByHand_NamesExactlyThatRow()
    {
        await using var store = new TStore();
        await using var server = await SluiceInstance.StartAsync(SluiceInstance.DefaultSettings(store.DatabaseUrl));
        var token = (await server.Http.LoginOkAsync()).AccessToken;
        for (var i = 0; i < 3; i++)
        {
            await CreateModuleAsync(server.Http, token, $"module-{i}");
        }
        Assert.Equal("""{"valid":true}""", await VerifyAsync(server.Http, token));
        var rows = await AuditAsync(server.Http, token, "action=create");
        var target = (long)rows[1]["id"]!;

        await ExecuteAsync(store, "UPDATE audit_log SET summary = @summary WHERE id = @target", new { summary = """{"name":"someone-else"}""", target });

        Assert.Equal($$"""{"valid":false,"first_broken_id":{{target}},"reason":"hash_mismatch"}""", await VerifyAsync(server.Http, token));
    }

    [Fact]
    public async Task Verify_RowsDeletedByHand_NamesWhereTheChainBreaks()
    {
        await using var store = new TStore();
        await using var server = await SluiceInstance.StartAsync(SluiceInstance.DefaultSettings(store.DatabaseUrl));
        var token = (await server.Http.LoginOkAsync()).AccessToken;
        for (var i = 0; i < 4; i++)
        {
            await CreateModuleAsync(server.Http, token, $"module-{i}");
        }
        var ids = (await AuditAsync(server.Http, token, "")).Select(row => (long)row["id"]!).Order().ToArray();

        await ExecuteAsync(store, "DELETE FROM audit_log WHERE id = @newest", new { newest = ids[^1] });
        Assert.Equal($$"""{"valid":false,"first_broken_id":{{ids[^1]}},"reason":"missing_entries"}""", await VerifyAsync(server.Http, token));

        await ExecuteAsync(store, "DELETE FROM audit_log WHERE id = @middle", new { middle = ids[2] });
        Assert.Equal($$"""{"valid":false,"first_broken_id":{{ids[3]}},"reason":"prev_hash_mismatch"}""", await VerifyAsync(server.Http, token));
    }

    private async Task<string> TokenAsync() => (await Http.LoginOkAsync()).AccessToken;

    private async Task<long> UserIdAsync(string token)
    {
        using var me = await Http.GetAsync("/api/v1/users/me", token);
        return (long)(await me.ReadJsonAsync())["id"]!;
    }

    private Task<long> CreateModuleAsync(string token, string name) => CreateModuleAsync(Http, token, name);

    private static Task<long> CreateModuleAsync(HttpClient http, string token, string name) => CreateAsync(http, token, "/api/v1/modules", new { name });

    private Task<long> CreateAsync(string token, string path, object body) => CreateAsync(Http, token, path, body);

    private static async Task<long> CreateAsync(HttpClient http, string token, string path, object body)
    {
        using var created = await http.PostJsonAsync(path, body, token);
        var json = await created.ReadJsonAsync();
        Assert.True(created.StatusCode == HttpStatusCode.Created, json.ToJsonString());
        return (long)json["id"]!;
    }

    private Task<HttpResponseMessage> DeleteAsync(string path, string token) =>
        Http.SendAsync(new HttpRequestMessage(HttpMethod.Delete, path) { Headers = { Authorization = new("Bearer", token) } });

    private Task<JsonNode[]> AuditAsync(string token, string query) => AuditAsync(Http, token, query);

    private static async Task<JsonNode[]> AuditAsync(HttpClient http, string token, string query)
    {
        using var response = await http.GetAsync("/api/v1/audit?" + query, token);
        var json = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, json.ToJsonString());
        return json["data"]!.AsArray().Select(row => row!).ToArray();
    }

    private async Task<long> TotalAsync(string token)
    {
        using var response = await Http.GetAsync("/api/v1/audit?page_size=1", token);
        return (long)(await response.ReadJsonAsync())["total"]!;
    }

    private Task<string> VerifyAsync(string token) => VerifyAsync(Http, token);

    private static async Task<string> VerifyAsync(HttpClient http, string token)
    {
        using var response = await http.GetAsync("/api/v1/audit/verify", token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    // Straight into the store, the way someone with database access would.
    private static async Task ExecuteAsync(TStore store, string sql, object args)
    {
        var config = DatabaseUrl.TryParse(store.DatabaseUrl, Directory.GetCurrentDirectory(), out _)!;
        await using var db = new MetadataDb(config);
        await using var connection = await db.OpenAsync();
        Assert.Equal(1, await connection.ExecuteAsync(sql, args));
    }

    // An empty file is an empty SQLite database, which the SQL check of a commit can open.
    private static string SqliteFile()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("sluice-audit-").FullName, "t.db");
        File.Create(file).Dispose();
        return file;
    }

    private static string Suffix() => Guid.NewGuid().ToString("N")[..8];
}

public sealed class SqliteAudit(SqliteServer fixture) : AuditScenarios<SqliteTestStore>(fixture), IClassFixture<SqliteServer>;

public sealed class PostgresAudit(PostgresServer fixture) : AuditScenarios<PostgresTestStore>(fixture), IClassFixture<PostgresServer>;
