using System.Net;
using Sluice.IntegrationTests.Infrastructure;

namespace Sluice.IntegrationTests.Permissions;

/// <summary>Acting on another user or on a role takes every permission that user or role holds,
/// before and after: nobody takes over, locks out or rewrites what they could not do themselves.</summary>
public abstract class TargetScenarios(SluiceInstance server)
{
    private HttpClient Http => server.Http;

    [Fact]
    public async Task PatchUser_SuperuserByUserEditor_Answers403AndSuperuserKeepsAccess()
    {
        var actors = await Actors.ForAsync(server);
        var superuserId = await actors.IdOfAsync(actors.Admin);
        var (_, editor) = await actors.UserAsync("user:read", "user:update", "user:delete");

        using (var takeover = await Http.PatchJsonAsync($"/api/v1/users/{superuserId}", new { password = "taken-over-pw-1" }, editor))
        {
            await Actors.AssertForbiddenAsync(takeover, "only a superuser can change a superuser");
        }
        using (var lockout = await Http.PatchJsonAsync($"/api/v1/users/{superuserId}", new { is_active = false }, editor))
        {
            await Actors.AssertForbiddenAsync(lockout, "only a superuser can change a superuser");
        }
        using (var delete = await actors.DeleteAsync($"/api/v1/users/{superuserId}", editor))
        {
            await Actors.AssertForbiddenAsync(delete, "only a superuser can delete a superuser");
        }
        using var login = await Http.LoginAsync(SluiceInstance.AdminUser, SluiceInstance.AdminPassword);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
    }

    [Fact]
    public async Task PatchUser_DeactivateSelf_Answers409AndUserStaysActive()
    {
        var actors = await Actors.ForAsync(server);
        var (id, editor) = await actors.UserAsync("user:read", "user:update");

        using (var deactivate = await Http.PatchJsonAsync($"/api/v1/users/{id}", new { is_active = false }, editor))
        {
            Assert.Equal(HttpStatusCode.Conflict, deactivate.StatusCode);
            Assert.Contains("another administrator", (string?)(await deactivate.ReadJsonAsync())["detail"], StringComparison.Ordinal);
        }
        using var after = await Http.GetAsync($"/api/v1/users/{id}", editor);
        Assert.True((bool)(await after.ReadJsonAsync())["is_active"]!);
    }

    [Fact]
    public async Task PatchUser_TargetHoldsMoreThanEditor_Answers403UntilEditorHoldsItToo()
    {
        var actors = await Actors.ForAsync(server);
        var (targetId, _) = await actors.UserAsync("datasource:delete", "client:create");
        var (_, editor) = await actors.UserAsync("user:read", "user:update");

        using (var reset = await Http.PatchJsonAsync($"/api/v1/users/{targetId}", new { password = "taken-over-pw-1" }, editor))
        {
            await Actors.AssertForbiddenAsync(reset, "datasource:delete", "client:create");
        }
        using (var roles = await Http.PatchJsonAsync($"/api/v1/users/{targetId}", new { role_ids = Array.Empty<long>() }, editor))
        {
            await Actors.AssertForbiddenAsync(roles, "datasource:delete");
        }
        var (_, peer) = await actors.UserAsync("user:read", "user:update", "datasource:delete", "client:create");
        using var allowed = await Http.PatchJsonAsync($"/api/v1/users/{targetId}", new { is_active = false }, peer);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [Fact]
    public async Task AssignRole_GrantingMoreThanEditorHolds_Answers403()
    {
        var actors = await Actors.ForAsync(server);
        var powerful = await actors.RoleAsync("datasource:delete", "user:read");
        var (targetId, _) = await actors.UserAsync();
        var (_, editor) = await actors.UserAsync("user:read", "user:create", "user:update");

        using (var create = await Http.PostJsonAsync("/api/v1/users", new { username = "x_" + Guid.NewGuid().ToString("N")[..8], password = Actors.Password, role_ids = new[] { powerful } }, editor))
        {
            await Actors.AssertForbiddenAsync(create, "do not hold", "datasource:delete");
        }
        using var assign = await Http.PatchJsonAsync($"/api/v1/users/{targetId}", new { role_ids = new[] { powerful } }, editor);
        await Actors.AssertForbiddenAsync(assign, "do not hold", "datasource:delete");
    }

    [Fact]
    public async Task PatchRole_BuiltinAdminByRoleEditor_Answers403AndRoleUnchanged()
    {
        var actors = await Actors.ForAsync(server);
        using var list = await Http.GetAsync("/api/v1/roles?name=admin", actors.Admin);
        var adminRole = (await list.ReadJsonAsync())["data"]!.AsArray().Single(role => (string?)role!["name"] == "Admin")!;
        var id = (long)adminRole["id"]!;
        var (_, editor) = await actors.UserAsync("role:read", "role:update", "role:delete");

        using (var rewrite = await Http.PatchJsonAsync($"/api/v1/roles/{id}", new { permissions = Array.Empty<object>() }, editor))
        {
            await Actors.AssertForbiddenAsync(rewrite, "only a superuser can change it");
        }
        using (var rename = await Http.PatchJsonAsync($"/api/v1/roles/{id}", new { description = "mine now" }, editor))
        {
            await Actors.AssertForbiddenAsync(rename, "only a superuser can change it");
        }
        using (var delete = await actors.DeleteAsync($"/api/v1/roles/{id}", editor))
        {
            Assert.Equal(HttpStatusCode.Conflict, delete.StatusCode);
        }
        using var after = await Http.GetAsync($"/api/v1/roles/{id}", actors.Admin);
        var role = await after.ReadJsonAsync();
        Assert.Equal(adminRole["permissions"]!.AsArray().Count, role["permissions"]!.AsArray().Count);
        Assert.Equal((string?)adminRole["description"], (string?)role["description"]);
    }

    [Fact]
    public async Task CreateRole_GrantingPermissionEditorLacks_Answers403AndNoRoleExists()
    {
        var actors = await Actors.ForAsync(server);
        var (_, editor) = await actors.UserAsync("role:read", "role:create", "role:update", "module:read");
        var name = "role-" + Guid.NewGuid().ToString("N")[..10];

        using (var create = await Http.PostJsonAsync("/api/v1/roles", new
        {
            name,
            permissions = new[] { new { resource_type = "module", action = "read" }, new { resource_type = "datasource", action = "delete" } },
        }, editor))
        {
            await Actors.AssertForbiddenAsync(create, "do not hold", "datasource:delete");
        }
        using var list = await Http.GetAsync($"/api/v1/roles?name={name}", actors.Admin);
        Assert.Equal(0, (long)(await list.ReadJsonAsync())["total"]!);
    }

    [Fact]
    public async Task PatchRole_AddingPermissionEditorLacks_Answers403AndRoleUnchanged()
    {
        var actors = await Actors.ForAsync(server);
        var roleId = await actors.RoleAsync("module:read");
        var (_, editor) = await actors.UserAsync("role:read", "role:create", "role:update", "module:read");
        var widened = new[] { new { resource_type = "module", action = "read" }, new { resource_type = "datasource", action = "delete" } };

        using (var add = await Http.PatchJsonAsync($"/api/v1/roles/{roleId}", new { description = "widened", permissions = widened }, editor))
        {
            await Actors.AssertForbiddenAsync(add, "do not hold", "datasource:delete");
        }
        using var after = await Http.GetAsync($"/api/v1/roles/{roleId}", actors.Admin);
        var role = await after.ReadJsonAsync();
        var held = role["permissions"]!.AsArray().Select(grant => (string?)grant!["resource_type"] + ":" + (string?)grant["action"]).ToArray();
        Assert.Equal(["module:read"], held);
        Assert.Null((string?)role["description"]);
    }

    [Fact]
    public async Task PatchRole_RevokingPermissionsEditorLacks_Answers403()
    {
        var actors = await Actors.ForAsync(server);
        var roleId = await actors.RoleAsync("datasource:delete", "module:read");
        var (_, editor) = await actors.UserAsync("role:read", "role:update", "role:delete", "module:read");

        using (var revoke = await Http.PatchJsonAsync($"/api/v1/roles/{roleId}", new { permissions = new[] { new { resource_type = "module", action = "read" } } }, editor))
        {
            await Actors.AssertForbiddenAsync(revoke, "datasource:delete");
        }
        using (var delete = await actors.DeleteAsync($"/api/v1/roles/{roleId}", editor))
        {
            await Actors.AssertForbiddenAsync(delete, "datasource:delete");
        }
        var (_, peer) = await actors.UserAsync("role:read", "role:update", "datasource:delete", "module:read");
        using var allowed = await Http.PatchJsonAsync($"/api/v1/roles/{roleId}", new { permissions = new[] { new { resource_type = "module", action = "read" } } }, peer);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }
}

public sealed class SqliteTargets(SqliteServer fixture) : TargetScenarios(fixture.Server), IClassFixture<SqliteServer>;

public sealed class PostgresTargets(PostgresServer fixture) : TargetScenarios(fixture.Server), IClassFixture<PostgresServer>;
