using System.Text.Json;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Sluice.Core.Settings;
using Sluice.Server.Gateway.Access;

namespace Sluice.Server.Hosting;

/// <summary>Cross-cutting services: JSON, errors, CORS, host filtering, the client IP behind
/// trusted proxies, login throttling.</summary>
internal static class HostingServices
{
    public const string CorsPolicy = "dashboard";
    public const string LoginRatePolicy = "login";

    public static IServiceCollection AddSluiceHosting(this IServiceCollection services, SluiceSettings settings)
    {
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            options.SerializerOptions.DictionaryKeyPolicy = null;
        });
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
            context.ProblemDetails.Extensions["request_id"] = context.HttpContext.TraceIdentifier);
        services.AddExceptionHandler<MetadataStoreOutageHandler>();
        services.AddSingleton<IProblemDetailsWriter, JsonProblemWriter>();
        services.AddExceptionHandler<UnhandledExceptionHandler>();
        // Binding failures reach UnhandledExceptionHandler in every environment, which words
        // them for the caller (the framework's default is a bare 400 outside Development).
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.Configure<HostFilteringOptions>(options =>
        {
            options.AllowedHosts = [.. settings.AllowedHosts];
            options.AllowEmptyHosts = false;
        });
        if (settings.TrustedProxyCount > 0)
        {
            // The operator says how many proxies stand in front, not their addresses: trust that
            // many X-Forwarded-For hops from the right, whoever sent them.
            services.Configure<ForwardedHeadersOptions>(options =>
            {
                options.ForwardedHeaders = ForwardedHeaders.XForwardedFor;
                options.ForwardLimit = settings.TrustedProxyCount;
                options.KnownProxies.Clear();
                options.KnownIPNetworks.Clear();
            });
        }
        services.AddCors(options => options.AddPolicy(CorsPolicy, policy => policy
            .WithOrigins([.. settings.CorsOrigins])
            .AllowAnyHeader()
            .AllowAnyMethod()
            .AllowCredentials()
            .WithExposedHeaders("X-Request-ID", "Retry-After")));
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, cancellationToken) => RateLimitRejection.WriteAsync(context, cancellationToken);
            options.AddPolicy(LoginRatePolicy, context => settings.LoginRateLimitPerMinute == 0
                ? RateLimitPartition.GetNoLimiter("unlimited")
                : RateLimitPartition.GetSlidingWindowLimiter(ClientAddress.Of(context),
                    _ => new SlidingWindowRateLimiterOptions
                    {
                        PermitLimit = settings.LoginRateLimitPerMinute,
                        Window = TimeSpan.FromMinutes(1),
                        SegmentsPerWindow = 6,
                        QueueLimit = 0,
                    }));
        });
        return services;
    }
}
