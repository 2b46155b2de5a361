using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;
using Sluice.Server.Hosting;

namespace Sluice.Server.Dashboard;

/// <summary>Serves the dashboard: its files as they are, and <c>index.html</c> for every other
/// page address so the app's client-side routes (<c>/apis/12</c>) survive a reload.</summary>
internal static class DashboardApp
{
    // Paths that belong to the server, never to the app, even when nothing matches under them.
    private static readonly string[] ServerPrefixes = ["/api", "/metrics", "/docs", "/mcp", "/token"];

    public static IServiceCollection AddDashboard(this IServiceCollection services) => services.AddSingleton<DashboardFiles>();

    /// <summary>Serves the app's own files (<c>/assets/…</c>, icons); runs before endpoints.</summary>
    public static WebApplication UseDashboardFiles(this WebApplication app)
    {
        var files = app.Services.GetRequiredService<DashboardFiles>();
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files.Provider,
            OnPrepareResponse = file => DashboardHeaders.ForFile(file.Context, file.Context.Request.Path.Value ?? ""),
        });
        return app;
    }

    /// <summary>The lowest-priority route for page addresses (no file extension). It takes every
    /// method so that other methods on an unknown address stay a 404, not a 405.</summary>
    public static IEndpointRouteBuilder MapDashboard(this IEndpointRouteBuilder routes)
    {
        var files = routes.ServiceProvider.GetRequiredService<DashboardFiles>();
        routes.Map("/{**path:nonfile}", context => ServeIndexAsync(context, files)).WithOrder(int.MaxValue).ExcludeFromDescription();
        return routes;
    }

    private static Task ServeIndexAsync(HttpContext context, DashboardFiles files)
    {
        var path = context.Request.Path;
        var isRead = HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method);
        if (!isRead || !files.Index.Exists || ServerPrefixes.Any(prefix => path.StartsWithSegments(prefix)) || !AcceptsHtml(context.Request))
        {
            return Problems.Write(context, StatusCodes.Status404NotFound, "Not found", $"There is nothing at {path}.");
        }
        DashboardHeaders.ForFile(context, "/index.html");
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.ContentLength = files.Index.Length;
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : context.Response.SendFileAsync(files.Index, context.RequestAborted);
    }

    private static bool AcceptsHtml(HttpRequest request) =>
        request.GetTypedHeaders().Accept is { Count: > 0 } accept
        && accept.Any(type => type.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
}
