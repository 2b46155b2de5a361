using System.Net;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sluice.Core.Permissions;
using Sluice.Core.Settings;
using Sluice.IntegrationTests.Infrastructure;
using Sluice.Server.Auth;
using Sluice.Server.Hosting;

namespace Sluice.IntegrationTests.Permissions;

/// <summary>Enumerates every management route from the application's own endpoints and checks
/// each one: anonymous gets 401, a user without the permission 403, a user with it neither.
/// A new route without a permission check fails here.</summary>
public sealed class PermissionMatrixTests(SqliteServer fixture) : IClassFixture<SqliteServer>
{
    private static readonly string[] AnonymousPrefixes = ["/api/v1/login/", "/api/v1/utils/", "/api/v1/{documentName}.json"];

    [Fact]
    public async Task EveryManagementRoute_EnforcesItsPermission()
    {
        var routes = ManagementRoutes();
        Assert.True(routes.Count > 40, $"only {routes.Count} management routes found");
        var admin = (await fixture.Server.Http.LoginOkAsync()).AccessToken;
        var nobody = await TokenAsync(admin, "nobody", null);
        var holders = new Dictionary<(ResourceType, PermissionAction), string>();
        var failures = new StringBuilder();

        foreach (var route in routes)
        {
            var anonymous = route.Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            if (anonymous)
            {
                Assert.Contains(AnonymousPrefixes, prefix => route.Pattern.StartsWith(prefix, StringComparison.Ordinal));
                continue;
            }
            var permission = route.Endpoint.Metadata.GetMetadata<PermissionMetadata>();
            var selfService = route.Endpoint.Metadata.GetMetadata<SelfServiceMetadata>() is not null;
            if (permission is null && !selfService)
            {
                failures.AppendLine($"{route.Method} {route.Pattern}: declares no permission");
                continue;
            }
            Expect(failures, route, "anonymous", await SendAsync(route, null), status => status == HttpStatusCode.Unauthorized);
            if (route.Pattern == "/api/v1/logout")
            {
                continue;
            }
            Expect(failures, route, "no roles", await SendAsync(route, nobody),
                status => selfService ? status != HttpStatusCode.Forbidden && status != HttpStatusCode.Unauthorized : status == HttpStatusCode.Forbidden);
            if (permission is not null)
            {
                var key = (permission.Resource, permission.Action);
                if (!holders.TryGetValue(key, out var holder))
                {
                    holders[key] = holder = await TokenAsync(admin, $"{permission.Resource.Name()}_{permission.Action.Name()}", permission);
                }
                Expect(failures, route, "holder", await SendAsync(route, holder), status => status != HttpStatusCode.Forbidden && status != HttpStatusCode.Unauthorized);
            }
        }
        Assert.True(failures.Length == 0, failures.ToString());
    }

    private static void Expect(StringBuilder failures, Route route, string who, HttpStatusCode status, Func<HttpStatusCode, bool> ok)
    {
        if (!ok(status))
        {
            failures.AppendLine($"{route.Method} {route.Pattern} as {who}: got {(int)status}");
        }
    }

    private async Task<HttpStatusCode> SendAsync(Route route, string? token)
    {
        var path = route.Pattern.Replace("{id:long}", "999999", StringComparison.Ordinal).Replace("{versionId:long}", "999999", StringComparison.Ordinal)
            .Replace("{a}", "999999", StringComparison.Ordinal).Replace("{b}", "draft", StringComparison.Ordinal);
        using var request = new HttpRequestMessage(new HttpMethod(route.Method), path);
        if (route.Method is "POST" or "PATCH" or "PUT")
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }
        if (token is not null)
        {
            request.Headers.Authorization = new("Bearer", token);
        }
        using var response = await fixture.Server.Http.SendAsync(request);
        return response.StatusCode;
    }

    private async Task<string> TokenAsync(string admin, string name, PermissionMetadata? permission)
    {
        long[] roles = [];
        if (permission is not null)
        {
            using var role = await fixture.Server.Http.PostJsonAsync("/api/v1/roles", new
            {
                name = "only-" + name, permissions = new[] { new { resource_type = permission.Resource.Name(), action = permission.Action.Name() } },
            }, admin);
            var body = await role.ReadJsonAsync();
            Assert.True(role.IsSuccessStatusCode, body.ToJsonString());
            roles = [(long)body["id"]!];
        }
        var username = "m_" + name + "_" + Guid.NewGuid().ToString("N")[..6];
        using var user = await fixture.Server.Http.PostJsonAsync("/api/v1/users", new { username, password = "matrix-password-1", role_ids = roles }, admin);
        Assert.True(user.IsSuccessStatusCode, await user.Content.ReadAsStringAsync());
        return (await fixture.Server.Http.LoginOkAsync(username, "matrix-password-1")).AccessToken;
    }

    private static List<Route> ManagementRoutes()
    {
        var settings = SettingsLoader.Load(SluiceInstance.DefaultSettings("sqlite:///" + Path.Combine(Path.GetTempPath(), "matrix-" + Guid.NewGuid().ToString("N") + ".db")),
            Directory.GetCurrentDirectory()).Settings!;
        var app = SluiceServer.Build(settings, new ServeOptions());
        return ((IEndpointRouteBuilder)app).DataSources.SelectMany(source => source.Endpoints).OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.RoutePattern.RawText?.StartsWith("/api/v1", StringComparison.Ordinal) == true)
            .SelectMany(endpoint => (endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(method => new Route(method, endpoint.RoutePattern.RawText!, endpoint)))
            .ToList();
    }

    private sealed record Route(string Method, string Pattern, RouteEndpoint Endpoint);
}
