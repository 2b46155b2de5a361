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
                    if (notBefore is { } start && start - parameters.ClockSkew > now)
                    {
                        throw new SecurityTokenNotYetValidException("The token is not valid yet.") { NotBefore = start };
                    }
                    if (expires is not { } end || end + parameters.ClockSkew <= now)
                    {
                        throw new SecurityTokenExpiredException("The token has expired.") { Expires = expires ?? DateTime.MinValue };
                    }
                    return true;
                };
            });
        services.AddAuthorization();
        return services;
    }
}
