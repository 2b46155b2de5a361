using System.Net;
using Sluice.IntegrationTests.Infrastructure;

namespace Sluice.IntegrationTests.Permissions;

/// <summary>The seeded roles and scoped permissions, as a team would use them.</summary>
public abstract class RoleScenarios(SluiceInstance server)
{
    private HttpClient Http => server.Http;

    private async Task<(string Admin, string User)> UserWithRolesAsync(params string[] roleNames)
    {
        var admin = (await Http.LoginOkAsync()).AccessToken;
        using var roles = await Http.GetAsync("/api/v1/roles?page_size=500", admin);
        var all = (await roles.ReadJsonAsync())["data"]!.AsArray();
        var ids = roleNames.Select(name => (long)all.First(role => (string?)role!["name"] == name)!["id"]!).ToArray();
        var username = "r_" + Guid.NewGuid().ToString("N")[..8];
        using var created = await Http.PostJsonAsync("/api/v1/users", new { username, password = "role-password-1", role_ids = ids }, admin);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (admin, (await Http.LoginOkAsync(username, "role-password-1")).AccessToken);
    }

    [Fact]
    public async Task Viewer_ReadsButCannotCreate()
    {
        var (_, viewer) = await UserWithRolesAsync("Viewer");
        using var list = await Http.GetAsync("/api/v1/modules", viewer);
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        using var create = await Http.PostJsonAsync("/api/v1/modules", new { name = "nope" }, viewer);
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        Assert.Contains("module:create", (string?)(await create.ReadJsonAsync())["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Developer_CreatesButCannotDeleteOrTouchClients()
    {
        var (_, developer) = await UserWithRolesAsync("Developer");
        using var create = await Http.PostJsonAsync("/api/v1/modules", new { name = "dev-" + Guid.NewGuid().ToString("N")[..6] }, developer);
        Assert.Equal(HttpStatusCode.Created, create.StatusCode);
        var id = (long)(await create.ReadJsonAsync())["id"]!;
        using var delete = await Http.SendAsync(new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/modules/{id}") { Headers = { Authorization = new("Bearer", developer) } });
        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
        using var clients = await Http.GetAsync("/api/v1/clients", developer);
        Assert.Equal(HttpStatusCode.Forbidden, clients.StatusCode);
    }

    [Fact]
    public async Task ScopedPermission_EditsThatApiOnlyAndListsOnlyIt()
    {
        var admin = (await Http.LoginOkAsync()).AccessToken;
        var file = Path.Combine(Directory.CreateTempSubdirectory("sluice-perm-").FullName, "d.db");
        using var datasource = await Http.PostJsonAsync("/api/v1/datasources", new { name = "p-" + Guid.NewGuid().ToString("N")[..6], product_type = "sqlite", database = file }, admin);
        var datasourceId = (long)(await datasource.ReadJsonAsync())["id"]!;
        async Task<long> ApiAsync()
        {
            var path = "s" + Guid.NewGuid().ToString("N")[..8];
            using var api = await Http.PostJsonAsync("/api/v1/apis", new { name = path, path, datasource_id = datasourceId, content = "SELECT 1" }, admin);
            return (long)(await api.ReadJsonAsync())["id"]!;
        }
        var mine = await ApiAsync();
        var other = await ApiAsync();
        using var role = await Http.PostJsonAsync("/api/v1/roles", new
        {
            name = "one-api-" + mine,
            permissions = new[]
            {
                new { resource_type = "api", action = "read", resource_id = mine.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                new { resource_type = "api", action = "update", resource_id = mine.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            },
        }, admin);
        var roleId = (long)(await role.ReadJsonAsync())["id"]!;
        var username = "scoped_" + Guid.NewGuid().ToString("N")[..6];
        using (await Http.PostJsonAsync("/api/v1/users", new { username, password = "role-password-1", role_ids = new[] { roleId } }, admin))
        {
        }
        var user = (await Http.LoginOkAsync(username, "role-password-1")).AccessToken;

        using (var edit = await Http.PatchJsonAsync($"/api/v1/apis/{mine}", new { description = "mine" }, user))
        {
            Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        }
        using (var refused = await Http.PatchJsonAsync($"/api/v1/apis/{other}", new { description = "not mine" }, user))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }
        using var list = await Http.GetAsync("/api/v1/apis", user);
        Assert.True(list.IsSuccessStatusCode, await list.Content.ReadAsStringAsync());
        var listed = (await list.ReadJsonAsync())["data"]!.AsArray().Select(api => (long)api!["id"]!).ToArray();
        Assert.Equal([mine], listed);
    }

    [Fact]
    public async Task User_CannotRaiseTheirOwnRights()
    {
        var (admin, viewer) = await UserWithRolesAsync("Viewer");
        using var me = await Http.GetAsync("/api/v1/users/me", viewer);
        var myId = (long)(await me.ReadJsonAsync())["id"]!;

        // Even an administrator (not a superuser) cannot change their own roles or make superusers.
        var (_, adminRole) = await UserWithRolesAsync("Admin");
        using var adminMe = await Http.GetAsync("/api/v1/users/me", adminRole);
        var adminId = (long)(await adminMe.ReadJsonAsync())["id"]!;
        using (var self = await Http.PatchJsonAsync($"/api/v1/users/{adminId}", new { is_superuser = true }, adminRole))
        {
            Assert.Equal(HttpStatusCode.Forbidden, self.StatusCode);
        }
        using (var promote = await Http.PatchJsonAsync($"/api/v1/users/{myId}", new { is_superuser = true }, adminRole))
        {
            Assert.Equal(HttpStatusCode.Forbidden, promote.StatusCode);
        }
        using var viewerEdit = await Http.PatchJsonAsync($"/api/v1/users/{myId}", new { role_ids = new long[] { 1 } }, viewer);
        Assert.Equal(HttpStatusCode.Forbidden, viewerEdit.StatusCode);
        _ = admin;
    }
}

public sealed class SqliteRoles(SqliteServer fixture) : RoleScenarios(fixture.Server), IClassFixture<SqliteServer>;

public sealed class PostgresRoles(PostgresServer fixture) : RoleScenarios(fixture.Server), IClassFixture<PostgresServer>;
