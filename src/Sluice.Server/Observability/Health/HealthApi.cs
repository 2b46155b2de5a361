using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Sluice.Core.Settings;

namespace Sluice.Server.Observability.Health;

/// <summary>Health for load balancers and orchestrators: readiness checks every dependency,
/// liveness does no I/O.</summary>
internal static class HealthApi
{
    public static IServiceCollection AddSluiceHealth(this IServiceCollection services, SluiceSettings settings)
    {
        services.TryAddSingleton(_ => new RedisConnection(settings.Redis));
        services.AddSingleton<HealthProbe>();
        services.AddMetrics();
        services.AddSingleton<Metrics.MetricsCollector>();
        services.AddSingleton<Metrics.GatewayMetrics>();
        return services;
    }

    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder routes)
    {
        var utils = routes.MapGroup(Gateway.RouteLayout.Management + "/utils").WithTags("utils").AllowAnonymous();
        utils.MapGet("/health-check/", HealthCheck)
            .Produces<bool>().Produces<UnhealthyResponse>(StatusCodes.Status503ServiceUnavailable);
        utils.MapGet("/liveness/", () => TypedResults.Ok(true));
        // Prometheus text format: fallbacks to local limits, dropped access records, gateway traffic.
        utils.MapGet("/metrics", (Metrics.MetricsCollector metrics) => TypedResults.Text(metrics.Render(), "text/plain; version=0.0.4"));
        return routes;
    }

    private static async Task<IResult> HealthCheck(HealthProbe probe, HttpContext http)
    {
        var failing = await probe.FailingComponentsAsync(http.RequestAborted);
        http.Response.Headers.CacheControl = "no-store";
        return failing.Count == 0
            ? TypedResults.Ok(true)
            : TypedResults.Json(new UnhealthyResponse(false, "Service Unavailable", failing), statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
