using System.Net;
using Sluice.IntegrationTests.Infrastructure;

namespace Sluice.IntegrationTests.Permissions;

/// <summary>Pointing at something is using it: an API, a macro or a debug run may reference a
/// datasource, module or macro only when the caller may read it, and trying an unsaved
/// connection takes the right to create one.</summary>
public sealed class ReferenceTests(SqliteServer fixture) : IClassFixture<SqliteServer>, IAsyncLifetime
{
    private readonly PostgresTestDatasource _database = new();
    private Actors _actors = null!;
    private long _open;
    private long _secret;

    private HttpClient Http => fixture.Server.Http;

    public async Task InitializeAsync()
    {
        _actors = await Actors.ForAsync(fixture.Server);
        _open = await CreateAsync("/api/v1/datasources", new Dictionary<string, object?>(_database.Definition) { ["name"] = Name("open") });
        _secret = await CreateAsync("/api/v1/datasources", new Dictionary<string, object?>(_database.Definition) { ["name"] = Name("secret") });
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task PatchApi_ScopedEditorRepointsAtUnreadableDatasource_Answers403()
    {
        var api = await ApiAsync(_open);
        var (_, editor) = await _actors.UserAsync($"api:read:{api}", $"api:update:{api}");

        using (var repoint = await Http.PatchJsonAsync($"/api/v1/apis/{api}", new { datasource_id = _secret }, editor))
        {
            await Actors.AssertForbiddenAsync(repoint, $"datasource:read on {_secret}");
        }
        using (var get = await Http.GetAsync($"/api/v1/apis/{api}", editor))
        {
            Assert.Equal(_open, (long)(await get.ReadJsonAsync())["datasource_id"]!);
        }
        // What the API already points at stays editable without rights on it.
        using (var describe = await Http.PatchJsonAsync($"/api/v1/apis/{api}", new { description = "still mine" }, editor))
        {
            Assert.Equal(HttpStatusCode.OK, describe.StatusCode);
        }
        var (_, reader) = await _actors.UserAsync($"api:read:{api}", $"api:update:{api}", $"datasource:read:{_secret}");
        using var allowed = await Http.PatchJsonAsync($"/api/v1/apis/{api}", new { datasource_id = _secret }, reader);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [Fact]
    public async Task Debug_DatasourceOrApiCallerCannotRead_Answers403()
    {
        var (_, debugger) = await _actors.UserAsync("api:execute", $"datasource:read:{_open}");

        using (var secret = await Http.PostJsonAsync("/api/v1/apis/debug", new { content = "SELECT 1 AS x", datasource_id = _secret }, debugger))
        {
            await Actors.AssertForbiddenAsync(secret, $"datasource:read on {_secret}");
        }
        var hidden = await ApiAsync(_open);
        using (var draft = await Http.PostJsonAsync("/api/v1/apis/debug", new { api_id = hidden }, debugger))
        {
            await Actors.AssertForbiddenAsync(draft, $"api:read on {hidden}");
        }
        using var allowed = await Http.PostJsonAsync("/api/v1/apis/debug", new { content = "SELECT 1 AS x", datasource_id = _open }, debugger);
        var body = await allowed.ReadJsonAsync();
        Assert.True(allowed.StatusCode == HttpStatusCode.OK && (bool)body["success"]!, body.ToJsonString());
    }

    [Fact]
    public async Task Template_IncludesMacroCallerCannotRead_Answers403()
    {
        var macro = Name("secret_sql").Replace('-', '_');
        var macroId = await CreateAsync("/api/v1/macros", new { name = macro, content = "SELECT 42 AS answer" });
        using (await Http.PostJsonAsync($"/api/v1/macros/{macroId}/versions", new { commit_message = "first" }, _actors.Admin))
        using (var publish = await Http.PostJsonAsync($"/api/v1/macros/{macroId}/publish", new { }, _actors.Admin))
        {
            Assert.Equal(HttpStatusCode.OK, publish.StatusCode);
        }
        var content = $"{{% include '{macro}' %}}";
        var (_, author) = await _actors.UserAsync("api:create", "api:execute", "datasource:read");

        using (var create = await Http.PostJsonAsync("/api/v1/apis", ApiBody(_open, content), author))
        {
            await Actors.AssertForbiddenAsync(create, $"macro '{macro}'", $"macro:read on {macroId}");
        }
        using (var debug = await Http.PostJsonAsync("/api/v1/apis/debug", new { content, datasource_id = _open }, author))
        {
            await Actors.AssertForbiddenAsync(debug, $"macro:read on {macroId}");
        }
        var (_, reader) = await _actors.UserAsync("api:create", "datasource:read", $"macro:read:{macroId}");
        using var allowed = await Http.PostJsonAsync("/api/v1/apis", ApiBody(_open, content), reader);
        Assert.Equal(HttpStatusCode.Created, allowed.StatusCode);
    }

    [Fact]
    public async Task Script_ImportsMacroCallerCannotRead_Answers403()
    {
        var macro = Name("secret_js").Replace('-', '_');
        var macroId = await CreateAsync("/api/v1/macros", new { name = macro, language = "javascript", content = "export function answer() { return 42; }" });
        using (await Http.PostJsonAsync($"/api/v1/macros/{macroId}/versions", new { commit_message = "first" }, _actors.Admin))
        using (var publish = await Http.PostJsonAsync($"/api/v1/macros/{macroId}/publish", new { }, _actors.Admin))
        {
            Assert.Equal(HttpStatusCode.OK, publish.StatusCode);
        }
        var content = $"import {{ answer }} from \"{macro}\";\nfunction execute(params) {{ return answer(); }}";
        var body = new Dictionary<string, object?>(ApiBody(_open, content)) { ["execute_engine"] = "script" };
        var (_, author) = await _actors.UserAsync("api:create", "api:execute", "datasource:read");

        using (var create = await Http.PostJsonAsync("/api/v1/apis", body, author))
        {
            await Actors.AssertForbiddenAsync(create, $"macro '{macro}'", $"macro:read on {macroId}");
        }
        using (var debug = await Http.PostJsonAsync("/api/v1/apis/debug", new { content, execute_engine = "script", datasource_id = _open }, author))
        {
            await Actors.AssertForbiddenAsync(debug, $"macro:read on {macroId}");
        }
        var (_, reader) = await _actors.UserAsync("api:create", "datasource:read", $"macro:read:{macroId}");
        using var allowed = await Http.PostJsonAsync("/api/v1/apis", body, reader);
        Assert.Equal(HttpStatusCode.Created, allowed.StatusCode);
    }

    [Fact]
    public async Task ApiOrMacro_InModuleCallerCannotRead_Answers403()
    {
        var module = await CreateAsync("/api/v1/modules", new { name = Name("module") });
        var (_, author) = await _actors.UserAsync("api:create", "macro:create", "datasource:read");

        using (var api = await Http.PostJsonAsync("/api/v1/apis", new Dictionary<string, object?>(ApiBody(_open, "SELECT 1 AS x")) { ["module_id"] = module }, author))
        {
            await Actors.AssertForbiddenAsync(api, $"module:read on {module}");
        }
        using (var macro = await Http.PostJsonAsync("/api/v1/macros", new { name = Name("m").Replace('-', '_'), module_id = module, content = "SELECT 1" }, author))
        {
            await Actors.AssertForbiddenAsync(macro, $"module:read on {module}");
        }
    }

    [Fact]
    public async Task ClientOrGroup_GrantedApiCallerCannotRead_Answers403()
    {
        var hidden = await ApiAsync(_open);
        var group = await CreateAsync("/api/v1/groups", new { name = Name("group"), api_ids = new[] { hidden } });
        var (_, issuer) = await _actors.UserAsync("client:create", "client:update", "client:read", "group:create");

        using (var client = await Http.PostJsonAsync("/api/v1/clients", new { name = Name("client"), api_ids = new[] { hidden } }, issuer))
        {
            await Actors.AssertForbiddenAsync(client, $"api:read on {hidden}");
        }
        using (var viaGroup = await Http.PostJsonAsync("/api/v1/clients", new { name = Name("client"), group_ids = new[] { group } }, issuer))
        {
            await Actors.AssertForbiddenAsync(viaGroup, $"group:read on {group}");
        }
        using (var newGroup = await Http.PostJsonAsync("/api/v1/groups", new { name = Name("group"), api_ids = new[] { hidden } }, issuer))
        {
            await Actors.AssertForbiddenAsync(newGroup, $"api:read on {hidden}");
        }
        // A grant the client already has stays editable by someone who cannot read that API.
        var granted = await CreateAsync("/api/v1/clients", new { name = Name("client"), api_ids = new[] { hidden } });
        using (var rename = await Http.PatchJsonAsync($"/api/v1/clients/{granted}", new { description = "renamed" }, issuer))
        {
            Assert.Equal(HttpStatusCode.OK, rename.StatusCode);
        }
        var (_, reader) = await _actors.UserAsync("client:create", $"api:read:{hidden}");
        using var allowed = await Http.PostJsonAsync("/api/v1/clients", new { name = Name("client"), api_ids = new[] { hidden } }, reader);
        Assert.Equal(HttpStatusCode.Created, allowed.StatusCode);
    }

    [Fact]
    public async Task TestUnsavedConnection_DeveloperWithoutDatasourceCreate_Answers403()
    {
        using var roles = await Http.GetAsync("/api/v1/roles?name=developer", _actors.Admin);
        var developerRole = (long)(await roles.ReadJsonAsync())["data"]!.AsArray().Single(role => (string?)role!["name"] == "Developer")!["id"]!;
        var (_, developer) = await _actors.UserWithRolesAsync(developerRole);

        using (var probe = await Http.PostJsonAsync("/api/v1/datasources/test", new { product_type = "sqlite", database = "/etc/passwd" }, developer))
        {
            await Actors.AssertForbiddenAsync(probe, "datasource:create");
        }
        using (var port = await Http.PostJsonAsync("/api/v1/datasources/test", new { product_type = "postgres", host = "127.0.0.1", port = 22, database = "x" }, developer))
        {
            await Actors.AssertForbiddenAsync(port, "datasource:create");
        }
        var (_, creator) = await _actors.UserAsync("datasource:create");
        using var allowed = await Http.PostJsonAsync("/api/v1/datasources/test", _database.Definition, creator);
        var body = await allowed.ReadJsonAsync();
        Assert.True(allowed.StatusCode == HttpStatusCode.OK && (bool)body["ok"]!, body.ToJsonString());
    }

    private static string Name(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..8];

    private static Dictionary<string, object?> ApiBody(long datasource, string content)
    {
        var path = "ref" + Guid.NewGuid().ToString("N")[..8];
        return new() { ["name"] = path, ["path"] = path, ["datasource_id"] = datasource, ["content"] = content };
    }

    private Task<long> ApiAsync(long datasource) => CreateAsync("/api/v1/apis", ApiBody(datasource, "SELECT 1 AS x"));

    private async Task<long> CreateAsync(string path, object body)
    {
        using var response = await Http.PostJsonAsync(path, body, _actors.Admin);
        var json = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, json.ToJsonString());
        return (long)json["id"]!;
    }
}
