using System.Net;
using System.Net.Http.Json;
using Sluice.IntegrationTests.Infrastructure;

namespace Sluice.IntegrationTests.Sandbox;

/// <summary>A template on a DuckDB datasource reaches its own file and nothing else: no other
/// file read or written, no database attached, no extension installed, no setting undone.</summary>
[Collection(SandboxGroup.Name)]
public sealed class DuckDbSandboxTests(SandboxFixture fixture)
{
    private const string Refusal = "Not allowed on a sandboxed DuckDB datasource";

    [Fact]
    public async Task Debug_ReadTextOfKeyFile_Refused()
    {
        var body = await fixture.DebugAsync(fixture.DuckDbId, $"SELECT content FROM read_text('{fixture.SecretKeyFile}')");

        Assert.False((bool)body["success"]!);
        Assert.Contains(Refusal, (string?)body["error"], StringComparison.Ordinal);
        Assert.DoesNotContain("kkkk", body.ToJsonString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SELECT * FROM read_csv('/etc/passwd')")]
    [InlineData("SELECT * FROM read_text('/etc/hostname')")]
    [InlineData("SELECT * FROM glob('/etc/*')")]
    public async Task Debug_ReadOtherFiles_Refused(string sql)
    {
        var body = await fixture.DebugAsync(fixture.DuckDbId, sql);

        Assert.False((bool)body["success"]!);
        Assert.Contains(Refusal, (string?)body["error"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Debug_ReadMetadataStore_Refused()
    {
        var body = await fixture.DebugAsync(fixture.DuckDbId, $"SELECT * FROM read_blob('{fixture.MetadataFile}')");

        Assert.False((bool)body["success"]!);
        Assert.Contains(Refusal, (string?)body["error"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Debug_CopyTo_RefusedAndCreatesNoFile()
    {
        var target = Path.Combine(fixture.Elsewhere, "out-" + Guid.NewGuid().ToString("N") + ".csv");

        var body = await fixture.DebugAsync(fixture.DuckDbId, $"COPY (SELECT * FROM items) TO '{target}'");

        Assert.False((bool)body["success"]!);
        Assert.Contains(Refusal, (string?)body["error"], StringComparison.Ordinal);
        Assert.False(File.Exists(target));
    }

    [Fact]
    public async Task Gateway_AttachNewDatabase_Answers400AndCreatesNoFile()
    {
        var target = Path.Combine(fixture.Elsewhere, "new-" + Guid.NewGuid().ToString("N") + ".duckdb");
        var path = await fixture.PublishAsync(fixture.DuckDbId, $"ATTACH '{target}' AS x; SELECT 1 AS one");

        using var response = await fixture.Server.Http.GetAsync(path);
        var body = await response.ReadJsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(Refusal, (string?)body["message"], StringComparison.Ordinal);
        Assert.False(File.Exists(target));
    }

    [Fact]
    public async Task Gateway_CopyTo_Answers400AndCreatesNoFile()
    {
        var target = Path.Combine(fixture.Elsewhere, "out-" + Guid.NewGuid().ToString("N") + ".csv");
        var path = await fixture.PublishAsync(fixture.DuckDbId, $"COPY (SELECT * FROM items) TO '{target}'");

        using var response = await fixture.Server.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(Refusal, (string?)(await response.ReadJsonAsync())["message"], StringComparison.Ordinal);
        Assert.False(File.Exists(target));
    }

    [Theory]
    [InlineData("INSTALL httpfs")]
    [InlineData("LOAD httpfs")]
    [InlineData("SET enable_external_access = true")]
    [InlineData("SET autoinstall_known_extensions = true")]
    [InlineData("RESET lock_configuration")]
    public async Task Debug_ExtensionsAndSettingChanges_Refused(string sql)
    {
        var body = await fixture.DebugAsync(fixture.DuckDbId, sql);

        Assert.False((bool)body["success"]!, body.ToJsonString());
    }

    [Theory]
    [InlineData("SET enable_external_access = true")]
    [InlineData("INSTALL httpfs")]
    public async Task Gateway_SettingChangeOrExtensionInstall_Answers400(string sql)
    {
        var path = await fixture.PublishAsync(fixture.DuckDbId, sql);

        using var response = await fixture.Server.Http.GetAsync(path);
        var body = await response.ReadJsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(Refusal, (string?)body["message"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gateway_OwnFile_StillServed()
    {
        var path = await fixture.PublishAsync(fixture.DuckDbId, "SELECT id, name FROM items ORDER BY id");

        using var response = await fixture.Server.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("two", (string?)(await response.ReadJsonAsync())["data"]![1]!["name"]);
    }

    [Fact]
    public async Task Gateway_StringWithNul_Answers400NamingIt()
    {
        var path = await fixture.PublishAsync(fixture.DuckDbId, "SELECT {{ v }} AS v",
            """[{"name": "v", "location": "body", "data_type": "string", "is_required": true}]""", method: "POST");

        using var response = await fixture.Server.Http.PostAsJsonAsync(path, new { v = "before\0after" });
        var body = await response.ReadJsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("NUL character", (string?)body["message"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gateway_ListStructMap_RenderAsJson()
    {
        var path = await fixture.PublishAsync(fixture.DuckDbId,
            "SELECT [1, 2, 3] AS l, {'a': 1, 'b': 'x', 'c': [true, false]} AS s, MAP {'k': 10} AS m, [[1], [2, 3]] AS nested");

        using var response = await fixture.Server.Http.GetAsync(path);
        var row = (await response.ReadJsonAsync())["data"]![0]!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("[1,2,3]", row["l"]!.ToJsonString());
        Assert.Equal("""{"a":1,"b":"x","c":[true,false]}""", row["s"]!.ToJsonString());
        Assert.Equal("""{"k":10}""", row["m"]!.ToJsonString());
        Assert.Equal("[[1],[2,3]]", row["nested"]!.ToJsonString());
    }
}
