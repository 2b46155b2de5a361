using System.Net;
using Sluice.IntegrationTests.Infrastructure;

namespace Sluice.IntegrationTests.Sandbox;

/// <summary>A template on a SQLite datasource reaches its own file and nothing else: the
/// attacks of a Developer on the metadata store, in debug runs and through the gateway.</summary>
[Collection(SandboxGroup.Name)]
public sealed class SqliteSandboxTests(SandboxFixture fixture)
{
    [Fact]
    public async Task Debug_AttachMetadataStore_RefusedWithoutRows()
    {
        var body = await fixture.DebugAsync(fixture.SqliteId,
            $"ATTACH DATABASE '{fixture.MetadataFile}' AS m; SELECT username, password_hash, is_superuser FROM m.users");

        Assert.False((bool)body["success"]!);
        Assert.Contains("ATTACH", (string?)body["error"], StringComparison.Ordinal);
        Assert.Contains("not allowed on a sandboxed SQLite datasource", (string?)body["error"], StringComparison.Ordinal);
        Assert.Null(body["rows"]);
    }

    [Fact]
    public async Task Gateway_AttachAndUpdateUsers_Answers400AndLeavesDeveloperUnprivileged()
    {
        var path = await fixture.PublishAsync(fixture.SqliteId,
            $"ATTACH DATABASE '{fixture.MetadataFile}' AS m; UPDATE m.users SET is_superuser = 1 WHERE username = '{fixture.DeveloperName}'");

        using var response = await fixture.Server.Http.GetAsync(path);
        var body = await response.ReadJsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("ATTACH is not allowed on a sandboxed SQLite datasource", (string?)body["message"], StringComparison.Ordinal);
        using var me = await fixture.Server.Http.GetAsync("/api/v1/users/me", fixture.DeveloperToken);
        Assert.False((bool)(await me.ReadJsonAsync())["is_superuser"]!);
    }

    [Fact]
    public async Task Gateway_AfterRefusedAttach_PooledConnectionSeesOnlyItsOwnFile()
    {
        var attack = await fixture.PublishAsync(fixture.SqliteId, $"ATTACH DATABASE '{fixture.MetadataFile}' AS m; SELECT 1 AS one");
        var look = await fixture.PublishAsync(fixture.SqliteId, "SELECT name FROM pragma_database_list ORDER BY name");
        for (var i = 0; i < 3; i++)
        {
            using var refused = await fixture.Server.Http.GetAsync(attack);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        }

        using var response = await fixture.Server.Http.GetAsync(look);
        var answer = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, answer.ToJsonString());
        var names = answer["data"]!.AsArray().Select(row => (string?)row!["name"]).ToArray();

        Assert.DoesNotContain("m", names);
        Assert.Contains("main", names);
    }

    [Theory]
    [InlineData("DETACH DATABASE main")]
    [InlineData("DETACH temp")]
    [InlineData("DETACH DATABASE m")]
    public async Task Gateway_Detach_Answers400(string detach)
    {
        var path = await fixture.PublishAsync(fixture.SqliteId, detach);

        using var response = await fixture.Server.Http.GetAsync(path);
        var body = await response.ReadJsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("DETACH is not allowed on a sandboxed SQLite datasource", (string?)body["message"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gateway_VacuumInto_Answers400AndCreatesNoFile()
    {
        var target = Path.Combine(fixture.Elsewhere, "copy-" + Guid.NewGuid().ToString("N") + ".db");
        var path = await fixture.PublishAsync(fixture.SqliteId, $"VACUUM INTO '{target}'");

        using var response = await fixture.Server.Http.GetAsync(path);
        var body = await response.ReadJsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not allowed on a sandboxed SQLite datasource", (string?)body["message"], StringComparison.Ordinal);
        Assert.False(File.Exists(target));
    }

    [Fact]
    public async Task Gateway_Vacuum_Answers400()
    {
        var path = await fixture.PublishAsync(fixture.SqliteId, "VACUUM");

        using var response = await fixture.Server.Http.GetAsync(path);
        var body = await response.ReadJsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not allowed on a sandboxed SQLite datasource", (string?)body["message"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Debug_LoadExtension_Refused()
    {
        var body = await fixture.DebugAsync(fixture.SqliteId, "SELECT load_extension('/usr/lib/x86_64-linux-gnu/libc.so.6')");

        Assert.False((bool)body["success"]!);
        Assert.Contains("load_extension() is not allowed on a sandboxed SQLite datasource", (string?)body["error"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PRAGMA foreign_keys = OFF")]
    [InlineData("PRAGMA journal_mode = DELETE")]
    [InlineData("PRAGMA writable_schema = 1")]
    [InlineData("PRAGMA query_only = 1")]
    public async Task Debug_PragmaThatChangesState_Refused(string pragma)
    {
        var body = await fixture.DebugAsync(fixture.SqliteId, pragma);

        Assert.False((bool)body["success"]!);
        Assert.Contains("not allowed on a sandboxed SQLite datasource", (string?)body["error"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PRAGMA table_info(items)")]
    [InlineData("PRAGMA index_list(items)")]
    [InlineData("PRAGMA foreign_keys")]
    [InlineData("SELECT name, type FROM pragma_table_info('items')")]
    public async Task Debug_PragmaThatDescribesSchema_Allowed(string pragma)
    {
        var body = await fixture.DebugAsync(fixture.SqliteId, pragma);

        Assert.True((bool)body["success"]!, body.ToJsonString());
    }
}
