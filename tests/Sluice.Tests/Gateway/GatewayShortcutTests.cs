using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing.Patterns;
using Sluice.Server.Gateway;

namespace Sluice.Tests.Gateway;

public sealed class GatewayShortcutTests
{
    [Fact]
    public async Task InvokeAsync_PublishedApi_AnswersWithoutTheRestOfThePipeline()
    {
        var ran = new List<string>();
        var context = ContextFor(new Endpoint(_ => Record(ran, "api"), new EndpointMetadataCollection(Model()), "GET /api/items"));

        await new GatewayShortcut(_ => Record(ran, "next")).InvokeAsync(context);

        Assert.Equal(["api"], ran);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task InvokeAsync_ManagementRouteOrNoEndpoint_GoesOn(bool withEndpoint)
    {
        var ran = new List<string>();
        var context = ContextFor(withEndpoint ? new Endpoint(_ => Record(ran, "route"), EndpointMetadataCollection.Empty, "GET /api/v1/apis") : null);

        await new GatewayShortcut(_ => Record(ran, "next")).InvokeAsync(context);

        Assert.Equal(["next"], ran);
    }

    private static DefaultHttpContext ContextFor(Endpoint? endpoint)
    {
        var context = new DefaultHttpContext();
        context.SetEndpoint(endpoint);
        return context;
    }

    private static Task Record(List<string> ran, string what)
    {
        ran.Add(what);
        return Task.CompletedTask;
    }

    // The shortcut only asks whether the endpoint is a published API's.
    private static ApiModel Model() => new(null!, null!, RoutePatternFactory.Parse("/api/items"), null!, null!, null, TimeSpan.FromSeconds(1), false, []);
}
