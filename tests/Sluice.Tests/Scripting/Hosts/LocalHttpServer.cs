using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Sluice.Tests.Scripting.Hosts;

/// <summary>A real HTTP server on 127.0.0.1 and a free port, answering the routes the http host
/// object's tests call.</summary>
internal sealed class LocalHttpServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TaskCompletionSource _hanging = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _loops;

    private LocalHttpServer(WebApplication app) => _app = app;

    /// <summary>Where the server listens.</summary>
    public IPEndPoint Endpoint { get; private set; } = null!;

    /// <summary>The URL of <paramref name="path"/> on this server.</summary>
    public string Url(string path) => $"http://127.0.0.1:{Endpoint.Port}{path}";

    /// <summary>Requests /loop has received.</summary>
    public int Loops => Volatile.Read(ref _loops);

    /// <summary>Completes when /hang has received a request (which then never answers).</summary>
    public Task Hanging => _hanging.Task;

    public static async Task<LocalHttpServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new LocalHttpServer(app);
        server.Map(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server.Endpoint = new IPEndPoint(IPAddress.Loopback, new Uri(address).Port);
        return server;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private void Map(WebApplication app)
    {
        app.MapGet("/json", () => Results.Json(new { name = "sluice", count = 3 }));
        app.MapGet("/text", () => Results.Text("plain words", "text/plain"));
        app.MapGet("/missing", () => Results.Json(new { error = "no such thing" }, statusCode: 404));
        app.Map("/echo", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            return Results.Json(new
            {
                method = context.Request.Method,
                content_type = context.Request.ContentType,
                x_test = context.Request.Headers["X-Test"].ToString(),
                authorization = context.Request.Headers.Authorization.ToString(),
                body = await reader.ReadToEndAsync(),
            });
        });
        app.Map("/redirect", (string to, int? status) => Results.Redirect(to, permanent: false, preserveMethod: status == 307));
        app.MapGet("/loop", () =>
        {
            Interlocked.Increment(ref _loops);
            return Results.Redirect("/loop");
        });
        app.MapGet("/big", async (HttpContext context, int bytes, bool chunked) =>
        {
            if (!chunked)
            {
                context.Response.ContentLength = bytes;
            }
            context.Response.ContentType = "text/plain";
            var chunk = new byte[1000];
            Array.Fill(chunk, (byte)'x');
            for (var sent = 0; sent < bytes; sent += chunk.Length)
            {
                await context.Response.Body.WriteAsync(chunk.AsMemory(0, Math.Min(chunk.Length, bytes - sent)), context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
            }
        });
        app.MapGet("/hang", async (HttpContext context) =>
        {
            _hanging.TrySetResult();
            await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
        });
    }
}
