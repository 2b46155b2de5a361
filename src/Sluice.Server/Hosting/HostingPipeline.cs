using Microsoft.AspNetCore.Builder;
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
        app.UseCors(HostingServices.CorsPolicy);
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
