using Microsoft.AspNetCore.Http;
using Sluice.Server.Gateway.Pipeline;

namespace Sluice.Server.Gateway.Access;

/// <summary>Decides who may call an API: private APIs need a valid gateway token of an active
/// client whose secret version still matches the token's (rotation and deactivation bump it),
/// and a grant (direct or through an active group).
/// Everything is read from the snapshot: no database hit per request.</summary>
internal sealed class GatewayAccess(GatewayTokens tokens)
{
    private const string BearerPrefix = "Bearer ";

    public async ValueTask<(GatewayCaller? Caller, GatewayError? Error)> AuthorizeAsync(HttpContext context, ApiModel model, GatewaySnapshot snapshot)
    {
        var address = ClientAddress.Of(context);
        if (model.IsPublic)
        {
            return (new GatewayCaller(null, address), null);
        }
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase) || header.Length == BearerPrefix.Length)
        {
            return Unauthorized("This API is private: send Authorization: Bearer <token> from POST /api/token/generate.");
        }
        var claims = await tokens.ValidateAsync(header.AsSpan(BearerPrefix.Length).Trim());
        if (claims is not { } valid)
        {
            return Unauthorized("The token is invalid or expired; get a new one from POST /api/token/generate.");
        }
        if (!snapshot.Clients.TryGetValue(valid.ClientId, out var grant) || !grant.Client.IsActive || grant.Client.SecretVersion != valid.SecretVersion)
        {
            return Unauthorized("The token was revoked (client deactivated, deleted or its secret rotated); get a new one.");
        }
        if (!grant.ApiIds.Contains(model.Api.Id))
        {
            return (null, new GatewayError(GatewayErrorKind.Forbidden, $"Client {valid.ClientId} is not granted this API."));
        }
        return (new GatewayCaller(grant, address), null);
    }

    private static (GatewayCaller?, GatewayError?) Unauthorized(string message) => (null, new GatewayError(GatewayErrorKind.Unauthorized, message));
}
