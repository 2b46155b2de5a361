using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Sluice.Server.Observability;

namespace Sluice.Tests.Observability;

public sealed class RequestIdMiddlewareTests
{
    [Fact]
    public async Task InvokeAsync_NoHeader_MakesA32HexDigitIdAndEchoesIt()
    {
        var (traceIdentifier, echoed) = await RunAsync(incoming: null);

        Assert.Matches("^[0-9a-f]{32}$", traceIdentifier);
        Assert.Equal(traceIdentifier, echoed);
    }

    [Theory]
    [InlineData("caller-chosen-id-42", "caller-chosen-id-42")]
    [InlineData("line\nbreak", null)]
    public async Task InvokeAsync_CallersHeader_KeptOnlyWhenPlain(string incoming, string? kept)
    {
        var (traceIdentifier, _) = await RunAsync(incoming);

        if (kept is null)
        {
            Assert.Matches("^[0-9a-f]{32}$", traceIdentifier);
        }
        else
        {
            Assert.Equal(kept, traceIdentifier);
        }
    }

    [Fact]
    public void NewId_ManyInARowFromSeveralThreads_AllDistinct()
    {
        var ids = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.For(0, 4, _ =>
        {
            for (var i = 0; i < 25_000; i++)
            {
                ids.Add(RequestIdMiddleware.NewId());
            }
        });

        Assert.Equal(100_000, ids.Distinct(StringComparer.Ordinal).Count());
    }

    private static async Task<(string TraceIdentifier, string Echoed)> RunAsync(string? incoming)
    {
        var context = new DefaultHttpContext();
        if (incoming is not null)
        {
            context.Request.Headers[RequestIdMiddleware.HeaderName] = incoming;
        }
        var middleware = new RequestIdMiddleware(_ => Task.CompletedTask, NullLogger<RequestIdMiddleware>.Instance);
        await middleware.InvokeAsync(context);
        return (context.TraceIdentifier, context.Response.Headers[RequestIdMiddleware.HeaderName].ToString());
    }
}
