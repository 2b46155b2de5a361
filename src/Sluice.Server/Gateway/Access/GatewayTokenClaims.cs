namespace Sluice.Server.Gateway.Access;

/// <summary>Claim names and values of gateway (client) tokens.</summary>
internal static class GatewayTokenClaims
{
    public const string Issuer = "sluice";
    public const string Audience = "sluice-gateway";
    public const string Type = "type";
    public const string GatewayType = "gateway";
    public const string SecretVersion = "sv";
}
