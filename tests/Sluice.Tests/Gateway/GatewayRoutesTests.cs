using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing.Patterns;
using Sluice.Core.Apis;
using Sluice.Core.Clients;
using Sluice.Server.Gateway;

namespace Sluice.Tests.Gateway;

public sealed class GatewayRoutesTests
{
    [Fact]
    public void Routes_OfOneSnapshot_AreBuiltOnceAndShared()
    {
        var apis = Many(200);
        var snapshot = Snapshot(apis);
        Assert.Same(snapshot.Routes, snapshot.Routes);
        Assert.NotSame(snapshot.Routes, Snapshot(apis).Routes);
    }

    [Fact]
    public void MethodsAt_ManyApis_ListsTheMethodsOfThatPathOnly()
    {
        var routes = Snapshot([.. Many(200), Model("orders/{id}", "GET"), Model("orders/{id}", "DELETE"), Model("orders/{id}/items", "POST")]).Routes;

        Assert.Equal(["GET", "DELETE"], routes.MethodsAt(new PathString("/api/orders/42")));
        Assert.Equal(["GET", "DELETE"], routes.MethodsAt(new PathString("/api/ORDERS/42")));
        Assert.Equal(["POST"], routes.MethodsAt(new PathString("/api/orders/42/items")));
        Assert.Equal(["PUT"], routes.MethodsAt(new PathString("/api/a7/x/1")));
        Assert.Empty(routes.MethodsAt(new PathString("/api/orders")));
        Assert.Empty(routes.MethodsAt(new PathString("/api/orders/42/other")));
        Assert.Empty(routes.MethodsAt(new PathString("/api/unknown")));
        Assert.Empty(routes.MethodsAt(new PathString("/other/orders/42")));
        Assert.Empty(routes.MethodsAt(new PathString("/api/")));
    }

    private static ApiModel[] Many(int count) =>
        Enumerable.Range(0, count).Select(i => Model($"a{i}/x/{{id}}", i % 2 == 0 ? "GET" : "PUT")).ToArray();

    private static ApiModel Model(string path, string method) =>
        new(new ApiRecord { Path = path, HttpMethod = method }, null!, RoutePatternFactory.Parse("/api/" + path), null!, null!, null, TimeSpan.Zero,
            ReadsBody: false, HeaderNames: []);

    private static GatewaySnapshot Snapshot(IReadOnlyList<ApiModel> apis) =>
        new(1, apis, new Dictionary<long, DatasourceModel>(), new Dictionary<string, ClientGrant>(), [], DateTimeOffset.UnixEpoch);
}
