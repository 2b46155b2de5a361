using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Sluice.Core.Settings;
using Sluice.Server.Observability;

namespace Sluice.Server.Hosting;

/// <summary>The middleware every request passes, in order.</summary>
internal static class HostingPipeline
{
    public static WebApplication UseSluiceHosting(this WebApplication app, SluiceSettings settings)
    {
        if (settings.TrustedProxyCount > 0)
        {
            // First: every limiter, log line and record after this reads the resolved client IP.
            app.UseForwardedHeaders();
        }
        app.UseMiddleware<RequestIdMiddleware>();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseHostFiltering();
        // CORS concerns requests that carry an Origin and routes with CORS rules of their own
        // (which require the middleware to have run); for every other call (a published API's,
        // without Origin) the middleware would still resolve its policy provider from a
        // per-request DI scope and mark HttpContext.Items, so those go round it.
        app.UseWhen(context => context.Request.Headers.ContainsKey(HeaderNames.Origin) || context.GetEndpoint()?.Metadata.GetMetadata<ICorsMetadata>() is not null,
            cors => cors.UseCors(HostingServices.CorsPolicy));
        app.UseRateLimiter();
        app.UseMiddleware<Gateway.GatewayAccessRecorder>();
        if (settings.IsLocal)
        {
            app.UseSwaggerUI(options =>
            {
                options.RoutePrefix = "api/v1/docs";
                options.SwaggerEndpoint(Gateway.RouteLayout.Management + "/openapi.json", "Sluice management API");
                options.DocumentTitle = "Sluice management API";
            });
        }
        return app;
    }
}
