using System.Globalization;
using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Sluice.Core.Clients;
using Sluice.Core.Settings;

namespace Sluice.Server.Gateway.Access;

/// <summary>Issues and checks client tokens: HS256 JWTs with <c>type=gateway</c>, the client id
/// as <c>sub</c>, a <c>jti</c>, and the client's secret version. Earlier signing keys
/// (SECRET_KEY_PREVIOUS) still verify, so a key rotation does not cut clients off.</summary>
internal sealed class GatewayTokens
{
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };
    private readonly SigningCredentials _credentials;
    private readonly TokenValidationParameters _validation;
    private readonly SluiceSettings _settings;
    private readonly TimeProvider _time;
    private readonly ValidatedTokens _validated = new();

    public GatewayTokens(SluiceSettings settings, TimeProvider time)
    {
        _settings = settings;
        _time = time;
        var current = Key(settings.SecretKey ?? throw new InvalidOperationException("SECRET_KEY was not resolved."));
        _credentials = new SigningCredentials(current, SecurityAlgorithms.HmacSha256);
        _validation = new TokenValidationParameters
        {
            ValidIssuer = GatewayTokenClaims.Issuer,
            ValidAudience = GatewayTokenClaims.Audience,
            IssuerSigningKeys = [current, .. settings.PreviousSecretKeys.Select(Key)],
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            ClockSkew = TimeSpan.FromSeconds(30),
            LifetimeValidator = (notBefore, expires, _, parameters) =>
            {
                var now = _time.GetUtcNow().UtcDateTime;
                return (notBefore is null || notBefore.Value - parameters.ClockSkew <= now) && expires is { } end && now < end + parameters.ClockSkew;
            },
        };
    }

    public (string Token, int ExpiresIn) Issue(ClientRecord client) => Issue(client, int.MaxValue);

    /// <summary>A token that lives the client's lifetime, but no longer than <paramref name="maxLifetimeSeconds"/>
    /// (the dashboard's try-it tokens).</summary>
    public (string Token, int ExpiresIn) Issue(ClientRecord client, int maxLifetimeSeconds)
    {
        var lifetime = Math.Min(client.TokenExpireSeconds ?? _settings.GatewayJwtExpireSeconds, maxLifetimeSeconds);
        var now = _time.GetUtcNow().UtcDateTime;
        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = GatewayTokenClaims.Issuer,
            Audience = GatewayTokenClaims.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddSeconds(lifetime),
            SigningCredentials = _credentials,
            Subject = new ClaimsIdentity(
            [
                new Claim(JwtRegisteredClaimNames.Sub, client.ClientId),
                new Claim(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString("N")),
                new Claim(GatewayTokenClaims.Type, GatewayTokenClaims.GatewayType),
                new Claim(GatewayTokenClaims.SecretVersion, client.SecretVersion.ToString(CultureInfo.InvariantCulture), ClaimValueTypes.Integer32),
            ]),
        });
        return (token, lifetime);
    }

    /// <summary>The client id and secret version of a valid gateway token, or null.</summary>
    public ValueTask<(string ClientId, int SecretVersion)?> ValidateAsync(ReadOnlySpan<char> token) =>
        _validated.TryGet(token, _time.GetUtcNow().UtcDateTime, out var known)
            ? ValueTask.FromResult<(string, int)?>(known)
            : CheckAsync(token.ToString());

    // A token not seen before (or expired): its signature and claims, then kept if valid.
    private async ValueTask<(string ClientId, int SecretVersion)?> CheckAsync(string token)
    {
        var result = await _handler.ValidateTokenAsync(token, _validation);
        if (!result.IsValid || Claim(result, GatewayTokenClaims.Type) as string != GatewayTokenClaims.GatewayType
            || Claim(result, JwtRegisteredClaimNames.Sub) is not string clientId)
        {
            return null;
        }
        var version = Claim(result, GatewayTokenClaims.SecretVersion) switch
        {
            int number => number,
            long number => (int)number,
            string text when int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => -1,
        };
        // Same rule as the lifetime validator: valid until the expiry plus the clock skew.
        _validated.Add(token, clientId, version, result.SecurityToken.ValidTo + _validation.ClockSkew);
        return (clientId, version);
    }

    private static object? Claim(TokenValidationResult result, string name) => result.Claims.TryGetValue(name, out var value) ? value : null;

    private static SymmetricSecurityKey Key(string secret) => new(Encoding.UTF8.GetBytes(secret));
}
