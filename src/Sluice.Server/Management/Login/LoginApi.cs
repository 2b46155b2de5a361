using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Sluice.Core.Auth;
using Sluice.Core.Settings;
using Sluice.Core.Users;
using Sluice.Server.Auth;
using Sluice.Server.Hosting;
using Sluice.Server.Management.Audit;

namespace Sluice.Server.Management.Login;

/// <summary>Login, refresh-token rotation and logout for dashboard users.</summary>
internal static class LoginApi
{
    private const string Form = "application/x-www-form-urlencoded";
    private const string MultipartForm = "multipart/form-data";

    public static RouteGroupBuilder MapLoginApi(this RouteGroupBuilder api)
    {
        var login = api.MapGroup("/login").WithTags("login");
        login.MapPost("/access-token", AccessToken).AllowAnonymous().RequireRateLimiting(HostingServices.LoginRatePolicy)
            .Accepts<LoginRequest>("application/json", Form, MultipartForm)
            .Produces<TokenResponse>().ProducesValidationProblem().ProducesProblem(401).ProducesProblem(403).ProducesProblem(429);
        login.MapPost("/refresh", Refresh).AllowAnonymous().RequireRateLimiting(HostingServices.LoginRatePolicy)
            .Accepts<RefreshRequest>("application/json", Form, MultipartForm)
            .Produces<TokenResponse>().ProducesValidationProblem().ProducesProblem(401);
        api.MapPost("/logout", Logout).WithTags("login").AllowSelfService();
        return api;
    }

    private static async Task<IResult> AccessToken(HttpContext http, PasswordLogin logins, SessionStore sessions,
        DashboardTokenIssuer tokens, SluiceSettings settings, AuditWriter audit)
    {
        var (values, problem) = await FormOrJsonBody.ReadRequiredAsync(http.Request, BodyLimit.Management(settings), "username", "password");
        if (values is null)
        {
            return problem!;
        }
        var outcome = await logins.AttemptAsync(values[0], values[1], http.RequestAborted);
        await audit.LoginAsync(http, values[0], outcome);
        switch (outcome.Result)
        {
            case LoginResult.LockedOut:
                var seconds = (int)Math.Ceiling(outcome.RetryAfter!.Value.TotalSeconds);
                http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                return Problems.Status(429, "Too many failed logins", $"Too many failed logins for this username; try again in {seconds} seconds.");
            case LoginResult.InvalidCredentials:
                return Problems.Status(401, "Unauthorized", "Incorrect username or password.");
            case LoginResult.Inactive:
                return Problems.Status(403, "Forbidden", "This user is inactive; ask an administrator to reactivate it.");
        }
        var session = await sessions.StartAsync(outcome.User!.Id, RefreshLifetime(settings), http.Connection.RemoteIpAddress?.ToString(),
            http.Request.Headers.UserAgent.ToString(), http.RequestAborted);
        return TypedResults.Ok(Respond(tokens, outcome.User, session));
    }

    private static async Task<IResult> Refresh(HttpContext http, SessionStore sessions, UserStore users,
        DashboardTokenIssuer tokens, SluiceSettings settings)
    {
        var (values, problem) = await FormOrJsonBody.ReadRequiredAsync(http.Request, BodyLimit.Management(settings), "refresh_token");
        if (values is null)
        {
            return problem!;
        }
        var outcome = await sessions.RotateAsync(values[0], RefreshLifetime(settings), http.RequestAborted);
        var user = outcome.Session is { } rotated ? await users.FindByIdAsync(rotated.UserId, http.RequestAborted) : null;
        return outcome.Result switch
        {
            RefreshResult.ReuseDetected => Problems.Status(401, "Unauthorized",
                "This refresh token was already used, so its session has been revoked; log in again."),
            RefreshResult.Rotated when user is { IsActive: true } => TypedResults.Ok(Respond(tokens, user, outcome.Session!)),
            _ => Problems.Status(401, "Unauthorized", "The refresh token is invalid or expired; log in again."),
        };
    }

    private static async Task<Ok<MessageResponse>> Logout(HttpContext http, SessionStore sessions)
    {
        var sessionId = http.User.FindFirst(DashboardClaims.Session)!.Value;
        await sessions.RevokeAsync(sessionId, "logout", http.RequestAborted);
        return TypedResults.Ok(new MessageResponse("Logged out."));
    }

    private static TokenResponse Respond(DashboardTokenIssuer tokens, UserRecord user, IssuedSession session) =>
        new(tokens.Issue(user, session.SessionId), "bearer", (int)tokens.Lifetime.TotalSeconds, session.RefreshToken);

    private static TimeSpan RefreshLifetime(SluiceSettings settings) => TimeSpan.FromDays(settings.RefreshTokenExpireDays);
}
