using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Sluice.IntegrationTests.Infrastructure;

namespace Sluice.BrowserTests.Infrastructure;

/// <summary>The management API as the first superuser, for what a browser test sets up or checks
/// behind the page (users with chosen permissions, records to look at).</summary>
public sealed class AdminApi(SluiceInstance server)
{
    /// <summary>The password of every user <see cref="CreateUserAsync"/> makes.</summary>
    public const string UserPassword = "browser-user-password-1";

    public Task<JsonElement> GetAsync(string path) => SendAsync(HttpMethod.Get, path, null);

    public Task<JsonElement> PostAsync(string path, object? body = null) => SendAsync(HttpMethod.Post, path, body);

    public Task<JsonElement> PatchAsync(string path, object body) => SendAsync(HttpMethod.Patch, path, body);

    /// <summary>A new user whose only role grants <paramref name="grants"/> (resource type, action),
    /// with <see cref="UserPassword"/>; returns its username.</summary>
    public async Task<string> CreateUserAsync(string prefix, params (string Resource, string Action)[] grants)
    {
        var role = await PostAsync("/api/v1/roles", new
        {
            name = $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 11)],
            permissions = grants.Select(grant => new { resource_type = grant.Resource, action = grant.Action }).ToArray(),
        });
        return await CreateUserWithRoleAsync(prefix, role.GetProperty("id").GetInt64());
    }

    /// <summary>A new user holding the existing role named <paramref name="roleName"/> (a built-in
    /// such as <c>Viewer</c>), with <see cref="UserPassword"/>; returns its username.</summary>
    public async Task<string> CreateUserInRoleAsync(string prefix, string roleName) =>
        await CreateUserWithRoleAsync(prefix, await IdOfAsync("roles", roleName));

    private async Task<string> CreateUserWithRoleAsync(string prefix, long roleId)
    {
        var username = $"{prefix}_{Guid.NewGuid():N}"[..(prefix.Length + 11)];
        await PostAsync("/api/v1/users", new { username, password = UserPassword, role_ids = new[] { roleId } });
        return username;
    }

    /// <summary>The id of the record named <paramref name="name"/> in a list route such as
    /// <c>apis</c> or <c>datasources</c>.</summary>
    public async Task<long> IdOfAsync(string collection, string name)
    {
        var list = await GetAsync($"/api/v1/{collection}?page_size=500");
        return list.GetProperty("data").EnumerateArray().First(record => record.GetProperty("name").GetString() == name).GetProperty("id").GetInt64();
    }

    /// <summary>The id of the demo server's SQLite datasource, <c>demo-shop</c>.</summary>
    public Task<long> DemoDatasourceIdAsync() => IdOfAsync("datasources", "demo-shop");

    private async Task<JsonElement> SendAsync(HttpMethod method, string path, object? body)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync());
        using var response = await server.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{method} {path}: {(int)response.StatusCode} {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    private async Task<string?> TokenAsync()
    {
        using var login = await server.Http.PostAsJsonAsync("/api/v1/login/access-token",
            new { username = SluiceInstance.AdminUser, password = SluiceInstance.AdminPassword });
        return (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString();
    }
}
