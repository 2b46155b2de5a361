using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sluice.Core.Clients;
using Sluice.Core.Permissions;
using Sluice.Server.Auth;
using Sluice.Server.Gateway.Access;
using Sluice.Server.Hosting;
using Sluice.Server.Management.Audit;

namespace Sluice.Server.Management.Clients;

/// <summary><c>POST /api/v1/clients/{id}/try-token</c>: a gateway token for a client without its
/// secret, so the dashboard's try-it can call private APIs as that client. It lets the caller act
/// as the client, hence <c>client:update</c>; it lives at most five minutes.</summary>
internal static class ClientTryTokenApi
{
    /// <summary>The longest a try-it token lives: enough for a few calls, short if one leaks.</summary>
    public const int MaxLifetimeSeconds = 300;

    public static RouteGroupBuilder MapClientTryTokenApi(this RouteGroupBuilder api)
    {
        api.MapPost("/clients/{id:long}/try-token", Issue).WithTags("clients")
            .Produces<TryTokenResponse>().ProducesProblem(404).ProducesProblem(409)
            .RequirePermission(ResourceType.Client, PermissionAction.Update);
        return api;
    }

    private static async Task<IResult> Issue(long id, HttpContext http, ClientStore store, GatewayTokens tokens, CancellationToken cancellationToken)
    {
        var client = await store.FindAsync(id, cancellationToken);
        if (client is null)
        {
            return Problems.NotFound("client", id);
        }
        if (!client.IsActive)
        {
            return Problems.Status(StatusCodes.Status409Conflict, "Client inactive",
                $"Client '{client.Name}' is inactive, so it gets no tokens; activate it to call its APIs as it.");
        }
        var (token, expiresIn) = tokens.Issue(client, MaxLifetimeSeconds);
        http.Response.Headers.CacheControl = "no-store";
        AuditNotes.Add(http, "expires_in", expiresIn);
        return TypedResults.Ok(new TryTokenResponse(token, "bearer", expiresIn));
    }
}
