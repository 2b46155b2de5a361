using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sluice.Core.Clients;
using Sluice.Core.Settings;
using Sluice.Server.Gateway.Pipeline;
using Sluice.Server.Gateway.Results;
using Sluice.Server.Hosting;

namespace Sluice.Server.Gateway.Access;

/// <summary><c>POST /api/token/generate</c> (and <c>/token/generate</c>, as the predecessor
/// served it): client credentials in, a gateway token out.</summary>
internal static class TokenApi
{
    private const string InvalidCredentials = "Invalid client_id or client_secret";
    private static readonly string[] RequiredFields = ["client_id", "client_secret", "grant_type"];

    public static IEndpointRouteBuilder MapTokenApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost(RouteLayout.TokenGenerate, Generate).ExcludeFromDescription();
        routes.MapPost(RouteLayout.CompatibleTokenGenerate, Generate).ExcludeFromDescription();
        return routes;
    }

    private static async Task Generate(HttpContext context, GatewaySnapshots snapshots, GatewayTokens tokens, TokenRequestLimit limit, SluiceSettings settings)
    {
        if (!await limit.AdmitAsync(context))
        {
            return;
        }
        var (fields, problem) = await FormOrJsonBody.ReadAsync(context.Request, BodyLimit.Gateway(settings));
        if (fields is null)
        {
            await GatewayErrors.WriteAsync(context, GatewayError.BadRequest(problem!.Status, problem.Detail));
            return;
        }
        var missing = RequiredFields.Where(name => string.IsNullOrEmpty(fields.GetValueOrDefault(name))).ToArray();
        if (missing.Length > 0)
        {
            await GatewayErrors.WriteAsync(context, GatewayError.BadRequest(StatusCodes.Status400BadRequest, $"Missing {string.Join(", ", missing)}."));
            return;
        }
        if (fields["grant_type"] != "client_credentials")
        {
            await GatewayErrors.WriteAsync(context, GatewayError.BadRequest(StatusCodes.Status400BadRequest,
                $"Unsupported grant_type '{fields["grant_type"]}'; use client_credentials."));
            return;
        }
        // The same work whether or not the client exists: a decoy hash stands in for a missing one.
        snapshots.Current.Clients.TryGetValue(fields["client_id"], out var grant);
        var valid = ClientSecrets.Verify(fields["client_secret"], grant?.Client.SecretHash);
        if (!valid || grant is null || !grant.Client.IsActive)
        {
            await GatewayErrors.WriteAsync(context, new GatewayError(GatewayErrorKind.Unauthorized, InvalidCredentials));
            return;
        }
        var (token, expiresIn) = tokens.Issue(grant.Client);
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        await using var writer = new Utf8JsonWriter(context.Response.BodyWriter);
        writer.WriteStartObject();
        writer.WriteString("access_token", token);
        writer.WriteString("token_type", "bearer");
        writer.WriteNumber("expires_in", expiresIn);
        writer.WriteEndObject();
    }
}
