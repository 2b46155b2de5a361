using System.Net;
using Microsoft.Data.Sqlite;
using Sluice.IntegrationTests.Infrastructure;

namespace Sluice.IntegrationTests.Sandbox;

/// <summary>Datasource files lie under DATASOURCE_FILE_ROOTS and are never Sluice's own files,
/// however the path is spelled; refused before any driver touches the file.</summary>
[Collection(SandboxGroup.Name)]
public sealed class DatasourceFileRulesTests(SandboxFixture fixture)
{
    private HttpClient Http => fixture.Server.Http;

    private static string Name() => "f-" + Guid.NewGuid().ToString("N")[..8];

    public static TheoryData<string, string> OwnFiles() => new()
    {
        { "sqlite", "{meta}" },
        { "sqlite", "{meta}-wal" },
        { "sqlite", "{meta}-journal" },
        { "duckdb", "{meta}" },
        { "sqlite", "{key}" },
        { "duckdb", "{key}" },
        { "sqlite", "{dotdot}" },
        { "sqlite", "{link}" },
        { "sqlite", "{linkdir}" },
        { "sqlite", "{upper}" },
        { "sqlite", "{relative}" },
        { "sqlite", "{env}" },
    };

    private string Spell(string template)
    {
        var meta = fixture.MetadataFile;
        var folder = Path.GetDirectoryName(meta)!;
        return template switch
        {
            "{meta}" => meta,
            "{meta}-wal" => meta + "-wal",
            "{meta}-journal" => meta + "-journal",
            "{key}" => fixture.SecretKeyFile,
            // Through the roots folder and back out.
            "{dotdot}" => Path.Combine(fixture.Roots, "..", Path.GetFileName(folder), ".", Path.GetFileName(meta)),
            // A link inside the roots pointing at the store, and a linked folder.
            "{link}" => Link(Path.Combine(fixture.Roots, "innocent-" + Guid.NewGuid().ToString("N")[..6] + ".db"), meta),
            "{linkdir}" => Path.Combine(Link(Path.Combine(fixture.Roots, "dir-" + Guid.NewGuid().ToString("N")[..6]), folder), Path.GetFileName(meta)),
            "{upper}" => Path.Combine(folder, Path.GetFileName(meta).ToUpperInvariant()),
            "{relative}" => Path.GetRelativePath(Directory.GetCurrentDirectory(), meta),
            // The server's .env, in its working directory (outside the roots, but refused as its own).
            "{env}" => Path.Combine(Directory.GetCurrentDirectory(), ".env"),
            _ => throw new ArgumentException(template),
        };
    }

    private static string Link(string link, string target)
    {
        if (Directory.Exists(target))
        {
            Directory.CreateSymbolicLink(link, target);
        }
        else
        {
            File.CreateSymbolicLink(link, target);
        }
        return link;
    }

    [Theory]
    [MemberData(nameof(OwnFiles))]
    public async Task Create_SluiceOwnFile_Answers400NamingDatabase(string product, string spelling)
    {
        var database = Spell(spelling);

        using var response = await Http.PostJsonAsync("/api/v1/datasources", new { name = Name(), product_type = product, database }, fixture.AdminToken);
        var body = await response.ReadJsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Sluice's own files", (string?)body["errors"]!["database"]![0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_UnrestrictedSuperuserOnMetadataStore_StillAnswers400()
    {
        using var response = await Http.PostJsonAsync("/api/v1/datasources",
            new { name = Name(), product_type = "sqlite", database = fixture.MetadataFile, options = new { unrestricted = true } }, fixture.AdminToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task TestUnsaved_MissingKeyFile_Answers400AndCreatesNothing()
    {
        // DuckDB creates a missing file on open; the check must come first.
        var key = Path.Combine(fixture.DataDirectory, "encryption_key");

        using var response = await Http.PostJsonAsync("/api/v1/datasources/test", new { product_type = "duckdb", database = key }, fixture.AdminToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(File.Exists(key));
    }

    [Fact]
    public async Task Update_PointAtMetadataStore_Answers400()
    {
        using var response = await Http.PatchJsonAsync($"/api/v1/datasources/{fixture.SqliteId}", new { database = fixture.MetadataFile }, fixture.AdminToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Create_OutsideRoots_Answers400NamingRootsAndCreatesNothing()
    {
        var outside = Path.Combine(fixture.Elsewhere, "outside-" + Guid.NewGuid().ToString("N")[..6] + ".duckdb");

        using var response = await Http.PostJsonAsync("/api/v1/datasources", new { name = Name(), product_type = "duckdb", database = outside }, fixture.AdminToken);
        var message = (string?)(await response.ReadJsonAsync())["errors"]!["database"]![0];

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("DATASOURCE_FILE_ROOTS", message, StringComparison.Ordinal);
        Assert.Contains(fixture.Roots, message, StringComparison.Ordinal);
        Assert.False(File.Exists(outside));
    }

    [Fact]
    public async Task Create_UriOrMemory_Answers400()
    {
        foreach (var database in new[] { "file:" + fixture.MetadataFile + "?mode=ro", ":memory:" })
        {
            using var response = await Http.PostJsonAsync("/api/v1/datasources", new { name = Name(), product_type = "sqlite", database }, fixture.AdminToken);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }
    }

    [Fact]
    public async Task Create_UnrestrictedByNonSuperuser_Answers403()
    {
        var (_, admin) = await fixture.UserAsync("Admin");
        var outside = Path.Combine(fixture.Elsewhere, "x.db");

        using var response = await Http.PostJsonAsync("/api/v1/datasources",
            new { name = Name(), product_type = "sqlite", database = outside, options = new { unrestricted = true } }, admin);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Create_UnrestrictedBySuperuser_AllowedOutsideRootsAndAudited()
    {
        var outside = Path.Combine(fixture.Elsewhere, "free-" + Guid.NewGuid().ToString("N")[..6] + ".db");
        await using (var file = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={outside};Pooling=False"))
        {
            await file.OpenAsync();
        }

        using var response = await Http.PostJsonAsync("/api/v1/datasources",
            new { name = Name(), product_type = "sqlite", database = outside, options = new { unrestricted = true } }, fixture.AdminToken);
        var id = (long)(await response.ReadJsonAsync())["id"]!;
        using var audit = await Http.GetAsync($"/api/v1/audit?resource_type=datasource&resource_id={id}", fixture.AdminToken);
        var summary = (await audit.ReadJsonAsync())["data"]![0]!["summary"]!.ToJsonString();

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Contains("unrestricted", summary, StringComparison.Ordinal);
        Assert.Contains("true", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_UnrestrictedNotBoolean_Answers400()
    {
        using var response = await Http.PostJsonAsync("/api/v1/datasources",
            new { name = Name(), product_type = "sqlite", database = fixture.SqliteFile, options = new { unrestricted = "yes" } }, fixture.AdminToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task TestSaved_FileSwappedForLinkToMetadataStore_Answers400AndSchemaToo()
    {
        var file = Path.Combine(fixture.Roots, "swapped-" + Guid.NewGuid().ToString("N")[..6] + ".db");
        await CreateSqliteFileAsync(file, "CREATE TABLE users (username TEXT)");
        using var created = await Http.PostJsonAsync("/api/v1/datasources", new { name = Name(), product_type = "sqlite", database = file }, fixture.AdminToken);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (long)(await created.ReadJsonAsync())["id"]!;

        File.Delete(file);
        File.CreateSymbolicLink(file, fixture.MetadataFile);
        using var test = await Http.PostJsonAsync($"/api/v1/datasources/{id}/test", new { }, fixture.AdminToken);
        using var schema = await Http.GetAsync($"/api/v1/datasources/{id}/schema?refresh=true", fixture.AdminToken);

        foreach (var response in new[] { test, schema })
        {
            var body = await response.ReadJsonAsync();
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, body.ToJsonString());
            Assert.Contains("Sluice's own files", (string?)body["errors"]!["database"]![0], StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Gateway_FileSwappedForLinkToMetadataStoreUnderALivePool_Answers503WithoutItsRows()
    {
        var file = Path.Combine(fixture.Roots, "swapped-" + Guid.NewGuid().ToString("N")[..6] + ".db");
        // The store's table name, so that only the file opened decides what answers.
        await CreateSqliteFileAsync(file, "CREATE TABLE users (username TEXT); INSERT INTO users VALUES ('decoy')");
        var datasourceId = await fixture.Server.CreateDatasourceAsync(fixture.AdminToken, new() { ["product_type"] = "sqlite", ["database"] = file });
        var (_, path) = await fixture.Server.PublishAsync(fixture.AdminToken, datasourceId, "SELECT username FROM users");
        using (var served = await Http.GetAsync($"/api/{path}"))
        {
            Assert.Equal("decoy", (string?)(await served.ReadJsonAsync())["data"]![0]!["username"]);
        }

        File.Delete(file);
        File.CreateSymbolicLink(file, fixture.MetadataFile);
        // Idle connections still hold the deleted file; once the driver drops them, the next call opens the path anew.
        SqliteConnection.ClearAllPools();
        using var response = await Http.GetAsync($"/api/{path}");
        await AssertRefusedWithoutStoreRowsAsync(response);
    }

    [Fact]
    public async Task Gateway_FileSwappedForLinkToMetadataStoreWhileStopped_Answers503WithoutItsRows()
    {
        await using var store = new SqliteTestStore();
        var roots = Directory.CreateTempSubdirectory("sluice-roots-").FullName;
        try
        {
            var file = Path.Combine(roots, "swapped.db");
            // The store's table name, so that only the file opened decides what answers.
            await CreateSqliteFileAsync(file, "CREATE TABLE users (username TEXT); INSERT INTO users VALUES ('decoy')");
            var settings = SluiceInstance.DefaultSettings(store.DatabaseUrl);
            settings["DATASOURCE_FILE_ROOTS"] = roots;
            string path;
            await using (var before = await SluiceInstance.StartAsync(settings))
            {
                var admin = (await before.Http.LoginOkAsync()).AccessToken;
                var datasourceId = await before.CreateDatasourceAsync(admin, new() { ["product_type"] = "sqlite", ["database"] = file });
                (_, path) = await before.PublishAsync(admin, datasourceId, "SELECT username FROM users");
                using var served = await before.Http.GetAsync($"/api/{path}");
                Assert.Equal("decoy", (string?)(await served.ReadJsonAsync())["data"]![0]!["username"]);
            }
            SqliteConnection.ClearAllPools();
            File.Delete(file);
            File.CreateSymbolicLink(file, store.DatabaseUrl["sqlite:///".Length..]);

            await using var after = await SluiceInstance.StartAsync(settings);
            using var response = await after.Http.GetAsync($"/api/{path}");

            await AssertRefusedWithoutStoreRowsAsync(response);
        }
        finally
        {
            Directory.Delete(roots, recursive: true);
        }
    }

    [Fact]
    public async Task TestSaved_RootsNoLongerHoldTheFile_Answers400NamingRoots()
    {
        await using var store = new SqliteTestStore();
        var first = Directory.CreateTempSubdirectory("sluice-roots-").FullName;
        var second = Directory.CreateTempSubdirectory("sluice-roots-").FullName;
        try
        {
            var file = Path.Combine(first, "left-behind.db");
            await CreateSqliteFileAsync(file, "CREATE TABLE items (id INTEGER)");
            var settings = SluiceInstance.DefaultSettings(store.DatabaseUrl);
            settings["DATASOURCE_FILE_ROOTS"] = first;
            long id;
            await using (var before = await SluiceInstance.StartAsync(settings))
            {
                var admin = (await before.Http.LoginOkAsync()).AccessToken;
                id = await before.CreateDatasourceAsync(admin, new() { ["product_type"] = "sqlite", ["database"] = file });
                using var allowed = await before.Http.PostJsonAsync($"/api/v1/datasources/{id}/test", new { }, admin);
                Assert.True((bool)(await allowed.ReadJsonAsync())["ok"]!);
            }

            settings["DATASOURCE_FILE_ROOTS"] = second;
            await using var after = await SluiceInstance.StartAsync(settings);
            using var response = await after.Http.PostJsonAsync($"/api/v1/datasources/{id}/test", new { }, (await after.Http.LoginOkAsync()).AccessToken);
            var body = await response.ReadJsonAsync();

            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, body.ToJsonString());
            var message = (string?)body["errors"]!["database"]![0];
            Assert.Contains("DATASOURCE_FILE_ROOTS", message, StringComparison.Ordinal);
            Assert.Contains(second, message, StringComparison.Ordinal);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(first, recursive: true);
            Directory.Delete(second, recursive: true);
        }
    }

    private static async Task CreateSqliteFileAsync(string file, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    // The gateway refused to open the file, and nothing of the metadata store came back.
    private static async Task AssertRefusedWithoutStoreRowsAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{(int)response.StatusCode} {body}");
        Assert.Contains("cannot open the database file", body, StringComparison.Ordinal);
        Assert.DoesNotContain(SluiceInstance.AdminUser, body, StringComparison.Ordinal);
    }
}
