using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Sluice.Core.Settings;
using Sluice.Server.Management;

namespace Sluice.Server.Hosting;

/// <summary>Reads and checks every management request body (<see cref="RequestBody"/>) before
/// routing binds it, so a malformed, oversized or wrongly encoded body is a 4xx problem on
/// every route rather than an exception in whichever binder meets it first. Runs after
/// authorization: an anonymous caller cannot make the server buffer a body for a route it may
/// not use. A body must come with a media type its route takes (<see cref="BodyMediaType"/>). A JSON body's fields must all be fields of the route's request type: each unknown
/// one is named in a 400 (with the field it most likely meant), never silently dropped.</summary>
internal sealed class ManagementRequestBody(RequestDelegate next, SluiceSettings settings, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json)
{
    private readonly BodyLimit _limit = BodyLimit.Management(settings);

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!request.Path.StartsWithSegments(ManagementApi.Prefix, StringComparison.OrdinalIgnoreCase) || !RequestBody.IsPresent(request))
        {
            await next(context);
            return;
        }
        // Only a route of the management API says which media types it takes; a path that
        // matches none is left to the fallback's 404.
        if (context.GetEndpoint() is RouteEndpoint endpoint && IsManagementRoute(endpoint) && BodyMediaType.Check(context, endpoint) is { } refused)
        {
            await Problems.Write(context, refused.Status, refused.Title, refused.Detail);
            return;
        }
        var (bytes, problem) = await RequestBody.ReadAsync(request, _limit);
        if (problem is not null)
        {
            await Problems.Write(context, problem.Status, problem.Title, problem.Detail);
            return;
        }
        if (UnknownFieldsProblem(context, bytes!) is { } unknown)
        {
            await unknown.ExecuteAsync(context);
            return;
        }
        request.Body = new MemoryStream(bytes!, writable: false);
        await next(context);
    }

    // Routes that also take forms (login, refresh) follow OAuth2 clients, which send extra fields
    // such as grant_type and scope; those are ignored there.
    private IResult? UnknownFieldsProblem(HttpContext context, byte[] bytes)
    {
        var request = context.Request;
        var accepts = context.GetEndpoint()?.Metadata.GetMetadata<IAcceptsMetadata>();
        if (accepts?.RequestType is not { } type || accepts.ContentTypes.Any(IsForm) || !(request.HasJsonContentType() || string.IsNullOrEmpty(request.ContentType)))
        {
            return null;
        }
        var unknown = UnknownFields.Find(JsonBody.WithoutByteOrderMark(bytes), type, json.Value.SerializerOptions);
        if (unknown.Count == 0)
        {
            return null;
        }
        var errors = new FieldErrors();
        foreach (var (field, meant) in unknown)
        {
            errors.Add(field, meant is null
                ? "is not a field of this request; see the route's request body in /api/v1/openapi.json."
                : $"is not a field of this request; did you mean '{meant}'?");
        }
        return errors.ToProblem();
    }

    private static bool IsManagementRoute(RouteEndpoint endpoint) =>
        endpoint.RoutePattern.RawText?.StartsWith(ManagementApi.Prefix + "/", StringComparison.OrdinalIgnoreCase) == true;

    private static bool IsForm(string contentType) =>
        contentType.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase)
        || contentType.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase);
}
