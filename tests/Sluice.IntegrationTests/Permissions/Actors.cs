using System.Net;
using Sluice.IntegrationTests.Infrastructure;

namespace Sluice.IntegrationTests.Permissions;

/// <summary>Dashboard users holding exactly the permissions a test names
/// (<c>"user:update"</c>, or <c>"datasource:read:3"</c> for one resource), created over HTTP
/// by the first superuser.</summary>
internal sealed class Actors(HttpClient http, string admin)
{
    public const string Password = "actor-password-1";

    public string Admin => admin;

    public static async Task<Actors> ForAsync(SluiceInstance server) => new(server.Http, (await server.Http.LoginOkAsync()).AccessToken);

    /// <summary>A new role with <paramref name="permissions"/>; returns its id.</summary>
    public async Task<long> RoleAsync(params string[] permissions)
    {
        using var role = await http.PostJsonAsync("/api/v1/roles", new
        {
            name = "role-" + Guid.NewGuid().ToString("N")[..10],
            permissions = permissions.Select(permission => permission.Split(':')).Select(parts => new
            {
                resource_type = parts[0], action = parts[1], resource_id = parts.Length > 2 ? parts[2] : null,
            }),
        }, admin);
        var body = await role.ReadJsonAsync();
        Assert.True(role.StatusCode == HttpStatusCode.Created, body.ToJsonString());
        return (long)body["id"]!;
    }

    /// <summary>A new user holding a new role with <paramref name="permissions"/>, signed in.</summary>
    public async Task<(long Id, string Token)> UserAsync(params string[] permissions) =>
        await UserWithRolesAsync(permissions.Length == 0 ? [] : [await RoleAsync(permissions)]);

    /// <summary>A new user holding <paramref name="roleIds"/>, signed in.</summary>
    public async Task<(long Id, string Token)> UserWithRolesAsync(params long[] roleIds)
    {
        var username = "actor_" + Guid.NewGuid().ToString("N")[..10];
        using var user = await http.PostJsonAsync("/api/v1/users", new { username, password = Password, role_ids = roleIds }, admin);
        var body = await user.ReadJsonAsync();
        Assert.True(user.StatusCode == HttpStatusCode.Created, body.ToJsonString());
        return ((long)body["id"]!, (await http.LoginOkAsync(username, Password)).AccessToken);
    }

    /// <summary>The id of the signed-in user.</summary>
    public async Task<long> IdOfAsync(string token)
    {
        using var me = await http.GetAsync("/api/v1/users/me", token);
        return (long)(await me.ReadJsonAsync())["id"]!;
    }

    public Task<HttpResponseMessage> DeleteAsync(string path, string token) =>
        http.SendAsync(new HttpRequestMessage(HttpMethod.Delete, path) { Headers = { Authorization = new("Bearer", token) } });

    /// <summary>Asserts a 403 whose detail names every one of <paramref name="reasons"/>.</summary>
    public static async Task AssertForbiddenAsync(HttpResponseMessage response, params string[] reasons)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{(int)response.StatusCode} {body}");
        foreach (var reason in reasons)
        {
            Assert.Contains(reason, body, StringComparison.Ordinal);
        }
    }
}
