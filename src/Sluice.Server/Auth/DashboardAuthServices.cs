using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using Sluice.Core.Settings;

namespace Sluice.Server.Auth;

/// <summary>Bearer authentication for the management API: a dashboard JWT whose session is
/// still live. Gateway tokens (type=gateway) are refused here.</summary>
internal static class DashboardAuthServices
{
    public static IServiceCollection AddDashboardAuth(this IServiceCollection services, SluiceSettings settings)
    {
        services.AddSingleton<DashboardTokenIssuer>();
        services.AddSingleton<DashboardTokenEvents>();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                options.MapInboundClaims = false;
                options.EventsType = typeof(DashboardTokenEvents);
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = DashboardClaims.Issuer,
                    ValidAudience = DashboardClaims.Audience,
                    IssuerSigningKey = DashboardTokenIssuer.SigningKey(settings),
                    ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                    NameClaimType = DashboardClaims.Username,
                    ClockSkew = TimeSpan.FromSeconds(30),
                };
            });
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<TimeProvider>((options, time) =>
            {
                // Expiry follows the injected clock, so tests can move time instead of sleeping.
                options.TokenValidationParameters.LifetimeValidator = (notBefore, expires, _, parameters) =>
                {
                    var now = time.GetUtcNow().UtcDateTime;
                    return (notBefore is null || notBefore.Value - parameters.ClockSkew <= now)
                        && expires is not null && now < expires.Value + parameters.ClockSkew;
                };
            });
        services.AddAuthorization();
        return services;
    }
}
