using Microsoft.AspNetCore.Routing.Patterns;
using Sluice.Server.Management.Audit;

namespace Sluice.Tests.Management;

public sealed class AuditRouteTests
{
    [Theory]
    [InlineData("POST", "/api/v1/modules", "create", "module", true)]
    [InlineData("PATCH", "/api/v1/datasources/{id:long}", "update", "datasource", false)]
    [InlineData("PUT", "/api/v1/roles/{id:long}", "update", "role", false)]
    [InlineData("DELETE", "/api/v1/webhooks/{id:long}", "delete", "webhook", false)]
    [InlineData("POST", "/api/v1/apis/{id:long}/publish", "publish", "api", false)]
    [InlineData("POST", "/api/v1/apis/{id:long}/unpublish", "unpublish", "api", false)]
    [InlineData("POST", "/api/v1/apis/{id:long}/versions", "commit", "api", false)]
    [InlineData("POST", "/api/v1/macros/{id:long}/versions", "commit", "macro", false)]
    [InlineData("POST", "/api/v1/apis/{id:long}/versions/{versionId:long}/restore", "restore", "api", false)]
    [InlineData("POST", "/api/v1/clients/{id:long}/secret", "rotate_secret", "client", false)]
    [InlineData("PATCH", "/api/v1/users/me/password", "change_password", "user", false)]
    [InlineData("POST", "/api/v1/groups", "create", "group", true)]
    public void For_Mutation_NamesActionAndResource(string method, string pattern, string action, string resourceType, bool isCreate)
    {
        var route = AuditRoute.For(method, RoutePatternFactory.Parse(pattern));

        Assert.NotNull(route);
        Assert.Equal((action, resourceType, isCreate), (route.Action, route.ResourceType, route.IsCreate));
    }

    [Theory]
    [InlineData("GET", "/api/v1/modules")]
    [InlineData("GET", "/api/v1/audit/verify")]
    [InlineData("POST", "/api/v1/login/access-token")]
    [InlineData("POST", "/api/v1/login/refresh")]
    [InlineData("POST", "/api/v1/logout")]
    [InlineData("POST", "/api/v1/apis/debug")]
    [InlineData("POST", "/api/v1/apis/{id:long}/check")]
    [InlineData("POST", "/api/v1/datasources/test")]
    [InlineData("POST", "/api/v1/datasources/{id:long}/test")]
    [InlineData("POST", "/api/v1/apis/{id:long}/tests/run")]
    [InlineData("POST", "/api/token/generate")]
    public void For_NotAChange_IsNull(string method, string pattern)
    {
        Assert.Null(AuditRoute.For(method, RoutePatternFactory.Parse(pattern)));
    }

    [Fact]
    public void For_OwnAccount_IsSelf()
    {
        Assert.True(AuditRoute.For("PATCH", RoutePatternFactory.Parse("/api/v1/users/me/password"))!.IsSelf);
        Assert.False(AuditRoute.For("PATCH", RoutePatternFactory.Parse("/api/v1/users/{id:long}"))!.IsSelf);
    }
}
