using System.Net;
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
}
