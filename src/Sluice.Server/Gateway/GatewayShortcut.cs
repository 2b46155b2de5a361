using Microsoft.AspNetCore.Http;

namespace Sluice.Server.Gateway;

/// <summary>Answers a published API's request as soon as the hosting middleware is done with it
/// (request id, security headers, exception handling, CORS, rate limits, access record): what
/// follows — dashboard files, the management API's authentication and authorization, its body
/// check — serves only the management API and the dashboard, and would cost every gateway
/// request a DI scope, a bearer handler and their allocations for nothing. Gateway requests are
/// authenticated by their own client tokens (<see cref="Access.GatewayAccess"/>).</summary>
internal sealed class GatewayShortcut(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context) =>
        context.GetEndpoint() is { RequestDelegate: { } api } endpoint && endpoint.Metadata.GetMetadata<ApiModel>() is not null
            ? api(context)
            : next(context);
}
