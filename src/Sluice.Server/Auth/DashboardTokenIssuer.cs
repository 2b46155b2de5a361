using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Sluice.Core.Settings;
using Sluice.Core.Users;

namespace Sluice.Server.Auth;

/// <summary>Signs short-lived access tokens for dashboard users (HS256 with SECRET_KEY).</summary>
internal sealed class DashboardTokenIssuer(SluiceSettings settings, TimeProvider time)
{
    private readonly JsonWebTokenHandler _handler = new();
    private readonly SigningCredentials _credentials = new(SigningKey(settings), SecurityAlgorithms.HmacSha256);

    public TimeSpan Lifetime => TimeSpan.FromMinutes(settings.AccessTokenExpireMinutes);

    public string Issue(UserRecord user, string sessionId)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = DashboardClaims.Issuer,
            Audience = DashboardClaims.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + Lifetime,
            SigningCredentials = _credentials,
            Subject = new ClaimsIdentity(
            [
                new Claim(JwtRegisteredClaimNames.Sub, user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Claim(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString("N")),
                new Claim(DashboardClaims.Type, DashboardClaims.DashboardType),
                new Claim(DashboardClaims.Session, sessionId),
                new Claim(DashboardClaims.Username, user.Username),
            ]),
        });
    }

    public static SymmetricSecurityKey SigningKey(SluiceSettings settings) =>
        new(Encoding.UTF8.GetBytes(settings.SecretKey ?? throw new InvalidOperationException("SECRET_KEY was not resolved.")));
}
