using System.Net;
using System.Text.Json.Nodes;
using DuckDB.NET.Data;
using Microsoft.Data.Sqlite;
using Sluice.IntegrationTests.Infrastructure;

namespace Sluice.IntegrationTests.Sandbox;

/// <summary>A server on a SQLite metadata store with DATASOURCE_FILE_ROOTS set to one folder
/// holding a SQLite and a DuckDB datasource (each with an <c>items</c> table), a generated-style
/// key file in its data folder, and a Developer (may write and debug APIs, not datasources).</summary>
public sealed class SandboxFixture : IAsyncLifetime
{
    private readonly SqliteTestStore _store = new();

    public string Roots { get; } = Directory.CreateTempSubdirectory("sluice-roots-").FullName;
    public string DataDirectory { get; } = Directory.CreateTempSubdirectory("sluice-keys-").FullName;
    /// <summary>A folder outside the roots, for files templates must not create.</summary>
    public string Elsewhere { get; } = Directory.CreateTempSubdirectory("sluice-elsewhere-").FullName;
    public string MetadataFile => _store.DatabaseUrl["sqlite:///".Length..];
    public string SecretKeyFile => Path.Combine(DataDirectory, "secret_key");
    public string SqliteFile => Path.Combine(Roots, "shop.db");
    public string DuckDbFile => Path.Combine(Roots, "shop.duckdb");
    public SluiceInstance Server { get; private set; } = null!;
    public string AdminToken { get; private set; } = null!;
    public string DeveloperToken { get; private set; } = null!;
    public string DeveloperName { get; private set; } = null!;
    public long SqliteId { get; private set; }
    public long DuckDbId { get; private set; }

    public async Task InitializeAsync()
    {
        await File.WriteAllTextAsync(SecretKeyFile, new string('k', 64) + "\n");
        await using (var sqlite = new SqliteConnection($"Data Source={SqliteFile};Pooling=False"))
        {
            await sqlite.OpenAsync();
            await using var command = sqlite.CreateCommand();
            command.CommandText = "CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT NOT NULL); INSERT INTO items VALUES (1, 'one'), (2, 'two');";
            await command.ExecuteNonQueryAsync();
        }
        await using (var duck = new DuckDBConnection("Data Source=" + DuckDbFile))
        {
            await duck.OpenAsync();
            await using var command = duck.CreateCommand();
            command.CommandText = "CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR NOT NULL); INSERT INTO items VALUES (1, 'one'), (2, 'two');";
            await command.ExecuteNonQueryAsync();
        }
        var settings = SluiceInstance.DefaultSettings(_store.DatabaseUrl, DataDirectory);
        settings["DATASOURCE_FILE_ROOTS"] = Roots;
        Server = await SluiceInstance.StartAsync(settings);
        AdminToken = (await Server.Http.LoginOkAsync()).AccessToken;
        SqliteId = await CreateDatasourceAsync("sqlite", SqliteFile);
        DuckDbId = await CreateDatasourceAsync("duckdb", DuckDbFile);
        (DeveloperName, DeveloperToken) = await UserAsync("Developer");
    }

    /// <summary>A new user holding the named seeded role; returns its name and token.</summary>
    public async Task<(string Name, string Token)> UserAsync(string role)
    {
        using var roles = await Server.Http.GetAsync("/api/v1/roles?page_size=500", AdminToken);
        var roleId = (long)(await roles.ReadJsonAsync())["data"]!.AsArray().First(r => (string?)r!["name"] == role)!["id"]!;
        var name = "u_" + Guid.NewGuid().ToString("N")[..8];
        using var created = await Server.Http.PostJsonAsync("/api/v1/users", new { username = name, password = "sandbox-password-1", role_ids = new[] { roleId } }, AdminToken);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (name, (await Server.Http.LoginOkAsync(name, "sandbox-password-1")).AccessToken);
    }

    private async Task<long> CreateDatasourceAsync(string product, string file)
    {
        using var created = await Server.Http.PostJsonAsync("/api/v1/datasources", new { name = product + "-shop", product_type = product, database = file }, AdminToken);
        var body = await created.ReadJsonAsync();
        Assert.True(created.IsSuccessStatusCode, body.ToJsonString());
        return (long)body["id"]!;
    }

    /// <summary>Runs a draft through POST /api/v1/apis/debug as the Developer.</summary>
    public async Task<JsonNode> DebugAsync(long datasourceId, string content)
    {
        using var response = await Server.Http.PostJsonAsync("/api/v1/apis/debug", new { datasource_id = datasourceId, content }, DeveloperToken);
        var body = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToJsonString());
        return body;
    }

    /// <summary>Creates, commits and publishes a public API as the Developer; returns its path.
    /// Forced: these tests publish what the sandbox refuses, to see the gateway refuse it too.</summary>
    public async Task<string> PublishAsync(long datasourceId, string content, string parameters = "[]", string method = "GET", int? statementTimeoutSeconds = null)
    {
        var (_, path) = await Server.PublishAsync(DeveloperToken, datasourceId, content, parameters, method,
            extra: new() { ["statement_timeout_seconds"] = statementTimeoutSeconds }, force: true);
        return "/api/" + path;
    }

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        SqliteConnection.ClearAllPools();
        await _store.DisposeAsync();
        foreach (var folder in new[] { Roots, DataDirectory, Elsewhere })
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class SandboxGroup : ICollectionFixture<SandboxFixture>
{
    public const string Name = "sandbox";
}
