using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Matching;
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
            // Enums travel as their snake_case names, as in stored API definitions (ApiJson).
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false));
        });
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
            context.ProblemDetails.Extensions["request_id"] = context.HttpContext.TraceIdentifier);
        services.AddExceptionHandler<MetadataStoreOutageHandler>();
        services.AddSingleton<IProblemDetailsWriter, JsonProblemWriter>();
        services.AddExceptionHandler<UnhandledExceptionHandler>();
        // Binding failures reach UnhandledExceptionHandler in every environment, which words
        // them for the caller (the framework's default is a bare 400 outside Development).
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        TakeMediaTypeOutOfRouting(services);
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

    /// <summary>Routing skips a route whose declared body media types exclude the request's, so a
    /// body sent without Content-Type (or as text/plain) met a 404, and a route with an optional
    /// body could not be called without one. Routes match on path and method alone;
    /// <see cref="BodyMediaType"/> answers a wrong media type with a 415 naming the route's.</summary>
    private static void TakeMediaTypeOutOfRouting(IServiceCollection services)
    {
        services.AddRouting();
        var policies = services.Where(service => service.ServiceType == typeof(MatcherPolicy) && service.ImplementationType?.Name == "AcceptsMatcherPolicy").ToList();
        if (policies.Count == 0)
        {
            throw new InvalidOperationException("The routing policy that matches request media types was not found; BodyMediaType depends on removing it.");
        }
        policies.ForEach(policy => services.Remove(policy));
    }
}
