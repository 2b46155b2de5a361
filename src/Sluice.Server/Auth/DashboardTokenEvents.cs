using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.Tokens;
using Sluice.Core.Auth;
using Sluice.Server.Hosting;

namespace Sluice.Server.Auth;

/// <summary>Checks what a signature cannot: that the token is a dashboard token and its
/// session was not ended by logout, a password change or refresh-token reuse. Answers a
/// failed authentication with a problem body saying why.</summary>
internal sealed class DashboardTokenEvents(SessionStore sessions) : JwtBearerEvents
{
    /// <summary>Dashboard tokens are only for the management API. Gateway requests carry
    /// gateway tokens, which the gateway checks itself: checking them here too would cost a
    /// signature check and a failure on every private gateway request.</summary>
    public override Task MessageReceived(MessageReceivedContext context)
    {
        if (!context.Request.Path.StartsWithSegments(Gateway.RouteLayout.Management))
        {
            context.NoResult();
        }
        return Task.CompletedTask;
    }

    public override async Task TokenValidated(TokenValidatedContext context)
    {
        var principal = context.Principal!;
        if (principal.FindFirst(DashboardClaims.Type)?.Value != DashboardClaims.DashboardType)
        {
            context.Fail("This is not a dashboard token; management routes need a token from /api/v1/login/access-token.");
            return;
        }
        var sessionId = principal.FindFirst(DashboardClaims.Session)?.Value;
        var userId = sessionId is null ? null : await sessions.FindLiveUserAsync(sessionId, context.HttpContext.RequestAborted);
        if (userId?.ToString(System.Globalization.CultureInfo.InvariantCulture) != principal.FindFirst("sub")?.Value)
        {
            context.Fail("The session has ended (logged out, password changed or user deactivated); log in again.");
        }
    }

    public override async Task Challenge(JwtBearerChallengeContext context)
    {
        context.HandleResponse();
        context.Response.Headers.WWWAuthenticate = "Bearer";
        var detail = context.AuthenticateFailure switch
        {
            null => "Not authenticated: send Authorization: Bearer <access_token>.",
            SecurityTokenExpiredException => "The access token has expired; refresh it or log in again.",
            // TokenValidated's own refusals are worded for the caller; the token library's
            // messages (IDX…) name its internals and never reach a response.
            AuthenticationFailureException { Message: var message } => message,
            _ => "The access token is invalid (malformed, or not signed by this server); log in again.",
        };
        await Problems.Write(context.HttpContext, StatusCodes.Status401Unauthorized, "Unauthorized", detail);
    }
}
