using Microsoft.AspNetCore.Http;
using Sluice.Server.Gateway.Pipeline;

namespace Sluice.Server.Gateway;

/// <summary>Answers <c>/api/…</c> requests that match no published API: 405 with Allow when the
/// path exists under other methods, else 404 — both in the gateway envelope. The lookup uses
/// the snapshot's prebuilt <see cref="GatewayRoutes"/>.</summary>
internal sealed class GatewayFallback(GatewaySnapshots snapshots)
{
    public Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path;
        if (RouteLayout.IsManagementOrToken(path))
        {
            // Routing skips a route whose declared body media types exclude the request's.
            return Hosting.RequestBody.IsPresent(context.Request) && !context.Request.HasJsonContentType() && !context.Request.HasFormContentType
                ? Hosting.Problems.Write(context, StatusCodes.Status415UnsupportedMediaType, "Unsupported media type",
                    $"{context.Request.Method} {path} takes no body of type '{context.Request.ContentType}'; management routes take application/json.")
                : Hosting.Problems.Write(context, StatusCodes.Status404NotFound, "Not found", $"There is no management route {context.Request.Method} {path}.");
        }
        var allowed = snapshots.Current.Routes.MethodsAt(path);
        if (allowed.Count > 0)
        {
            context.Response.Headers.Allow = string.Join(", ", allowed);
            return GatewayErrors.WriteAsync(context, new GatewayError(GatewayErrorKind.MethodNotAllowed,
                $"{context.Request.Method} is not allowed on {path}; use {string.Join(" or ", allowed)}."));
        }
        return GatewayErrors.WriteAsync(context, new GatewayError(GatewayErrorKind.NotFound, $"No published API at {context.Request.Method} {path}."));
    }
}
