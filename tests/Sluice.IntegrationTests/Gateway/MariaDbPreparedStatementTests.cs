using System.Net;
using Sluice.IntegrationTests.Infrastructure;

namespace Sluice.IntegrationTests.Gateway;

/// <summary>On MariaDB, values travel apart from the SQL text (server-side prepared statements),
/// so they come back unchanged whatever the session's string syntax, including
/// NO_BACKSLASH_ESCAPES set by the template itself.</summary>
public sealed class MariaDbPreparedStatementTests(MariaDbGateway fixture) : IClassFixture<MariaDbGateway>
{
    private const string NoBackslashEscapes = "SET SESSION sql_mode = CONCAT(@@sql_mode, ',NO_BACKSLASH_ESCAPES');\n";

    private static readonly string[] Values =
    [
        .. HostileValues.All,
        @"C:\temp\new\x.txt",
        @"\\server\share\",
        @"quote\' and \"" double",
        @"\0 \n \t \Z \% \_",
        "ends with one backslash \\",
    ];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Post_BackslashesAndQuotes_RoundTripIdenticallyWhateverTheSqlMode(bool noBackslashEscapes)
    {
        var mode = noBackslashEscapes ? NoBackslashEscapes : "";
        var table = "texts_" + Guid.NewGuid().ToString("N")[..8];
        await fixture.Database.ExecuteAsync($"CREATE TABLE {table} (id INTEGER PRIMARY KEY, body VARCHAR(400) NOT NULL)");
        var (_, insert) = await fixture.PublishAsync(
            mode + $"INSERT INTO {table} (id, body) VALUES ({{{{ id }}}}, {{{{ body }}}})",
            """[{"name": "id", "location": "body", "data_type": "integer", "is_required": true}, {"name": "body", "location": "body", "data_type": "string", "is_required": true}]""",
            method: "POST");
        var (_, echo) = await fixture.PublishAsync(
            mode + $"SELECT {{{{ body }}}} AS echoed, (SELECT body FROM {table} WHERE id = {{{{ id }}}}) AS stored, " +
            "@@SESSION.sql_mode LIKE '%NO_BACKSLASH_ESCAPES%' AS no_backslash_escapes",
            """[{"name": "id", "location": "body", "data_type": "integer", "is_required": true}, {"name": "body", "location": "body", "data_type": "string", "is_required": true}]""",
            method: "POST");

        for (var id = 0; id < Values.Length; id++)
        {
            var value = Values[id];
            using var inserted = await fixture.Server.Http.PostJsonAsync($"/api/{insert}", new { id, body = value });
            Assert.True(inserted.IsSuccessStatusCode, (await inserted.ReadJsonAsync()).ToJsonString());

            using var read = await fixture.Server.Http.PostJsonAsync($"/api/{echo}", new { id, body = value });
            var body = await read.ReadJsonAsync();
            Assert.True(read.IsSuccessStatusCode, body.ToJsonString());
            var row = body["data"]![0]!;
            Assert.Equal(noBackslashEscapes ? 1L : 0L, (long)row["no_backslash_escapes"]!);
            Assert.Equal(value, (string?)row["echoed"]);
            Assert.Equal(value, (string?)row["stored"]);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Get_LikeWithBackslashValue_MatchesWhateverTheSqlMode(bool noBackslashEscapes)
    {
        var table = "paths_" + Guid.NewGuid().ToString("N")[..8];
        await fixture.Database.ExecuteAsync(
            $"CREATE TABLE {table} (id INTEGER PRIMARY KEY, path VARCHAR(100) NOT NULL); " +
            $"INSERT INTO {table} VALUES (1, CONCAT('C:', CHAR(92), 'temp', CHAR(92), 'a_1.txt')), (2, 'C:/temp/a_1.txt'), " +
            $"(3, CONCAT('C:', CHAR(92), 'tempo', CHAR(92), 'ax1.txt'))");
        var (_, path) = await fixture.PublishAsync(
            (noBackslashEscapes ? NoBackslashEscapes : "") +
            $"SELECT id, path FROM {table} WHERE path LIKE {{{{ q | like }}}} OR path LIKE {{{{ start | like_start }}}} ORDER BY id",
            """[{"name": "q", "location": "query", "data_type": "string"}, {"name": "start", "location": "query", "data_type": "string"}]""");

        using var contains = await fixture.Server.Http.GetAsync($"/api/{path}?q={Uri.EscapeDataString(@"\temp\a_")}&start=none");
        var body = await contains.ReadJsonAsync();
        Assert.Equal(HttpStatusCode.OK, contains.StatusCode);
        var row = Assert.Single(body["data"]!.AsArray());
        Assert.Equal(1L, (long)row!["id"]!);
        Assert.Equal(@"C:\temp\a_1.txt", (string?)row["path"]);

        using var startsWith = await fixture.Server.Http.GetAsync($"/api/{path}?q=none&start={Uri.EscapeDataString(@"C:\tempo\")}");
        var started = await startsWith.ReadJsonAsync();
        Assert.Equal(HttpStatusCode.OK, startsWith.StatusCode);
        Assert.Equal([3L], started["data"]!.AsArray().Select(r => (long)r!["id"]!));
    }

    [Fact]
    public async Task Debug_NoBackslashEscapesInTemplate_ReturnsValuesUnchanged()
    {
        const string value = @"C:\temp\ 'quoted' \";
        using var response = await fixture.Server.Http.PostJsonAsync("/api/v1/apis/debug", new
        {
            content = NoBackslashEscapes + "SELECT {{ v }} AS v, {{ v }} LIKE {{ v | like }} AS matches",
            datasource_id = fixture.DatasourceId,
            @params = new object[] { new { name = "v", location = "query", data_type = "string" } },
            values = new { v = value },
        }, fixture.Token);
        var body = await response.ReadJsonAsync();

        Assert.True((bool)body["success"]!, body.ToJsonString());
        Assert.Equal(value, (string?)body["rows"]![0]!["v"]);
        Assert.Equal(1L, (long)body["rows"]![0]!["matches"]!);
    }

    [Fact]
    public async Task Get_StatementWithoutValues_RunsEvenWhereTheServerCannotPrepareIt()
    {
        // SHOW … LIKE takes no placeholder in a prepared statement; without values it runs as text.
        var (_, path) = await fixture.PublishAsync("SHOW VARIABLES LIKE 'sql_mode'");

        using var response = await fixture.Server.Http.GetAsync($"/api/{path}");
        var body = await response.ReadJsonAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("sql_mode", (string?)Assert.Single(body["data"]!.AsArray())!["Variable_name"]);
    }

    [Fact]
    public async Task Get_ValueInStatementTheServerCannotPrepare_Answers500WithTheServersMessageInLocal()
    {
        // The value is never spliced into the text as a fallback: the statement fails instead.
        // (The SQL check finds this at publish time; forced, the gateway must still refuse it.)
        var (_, path) = await fixture.PublishAsync("SHOW VARIABLES LIKE {{ name }}",
            """[{"name": "name", "location": "query", "data_type": "string"}]""", force: true);

        using var response = await fixture.Server.Http.GetAsync($"/api/{path}?name=sql_mode");
        var body = await response.ReadJsonAsync();

        // The API's statement is what the server rejects, not the caller's value: 500.
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.False((bool)body["success"]!);
        Assert.Contains("SQL syntax", (string?)body["message"], StringComparison.Ordinal);
    }
}
