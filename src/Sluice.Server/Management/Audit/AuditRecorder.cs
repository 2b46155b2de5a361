using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Sluice.Core.Audit;
using Sluice.Server.Auth;

namespace Sluice.Server.Management.Audit;

/// <summary>Endpoint filter on the management API: after a change succeeds (POST, PUT, PATCH or
/// DELETE answered 2xx), appends who made it, what it was, on which resource, and the request's
/// body with credentials masked. Reads, login/logout, connection tests, debug runs and SQL checks are not
/// changes and pass through. The body is the argument the handler was bound with, so the
/// request stream is never read twice.</summary>
internal sealed class AuditRecorder : IEndpointFilter
{
    private readonly AuditWriter _writer;
    private readonly JsonSerializerOptions _json;

    public AuditRecorder(AuditWriter writer, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json)
    {
        ArgumentNullException.ThrowIfNull(json);
        _writer = writer;
        // Absent fields bind as null; leaving them out keeps a summary to what was sent.
        _json = new JsonSerializerOptions(json.Value.SerializerOptions) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };
    }

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var route = http.GetEndpoint() is RouteEndpoint endpoint ? AuditRoute.For(http.Request.Method, endpoint.RoutePattern) : null;
        var result = await next(context);
        if (route is null || !Succeeded(result, http))
        {
            return result;
        }
        var userId = http.User.FindFirst("sub") is null ? (long?)null : DashboardClaims.UserId(http.User);
        var resourceId = http.Request.RouteValues.TryGetValue("id", out var id) ? Convert.ToString(id, CultureInfo.InvariantCulture)
            : route.IsSelf ? userId?.ToString(CultureInfo.InvariantCulture)
            : route.IsCreate ? CreatedId(result)
            : null;
        var bodyType = http.GetEndpoint()?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;
        var body = bodyType is null ? null : context.Arguments.FirstOrDefault(argument => argument is not null && argument.GetType() == bodyType);
        var routeValues = http.Request.RouteValues
            .Where(pair => pair.Key != "id" && pair.Value is not null)
            .Select(pair => KeyValuePair.Create(pair.Key, Convert.ToString(pair.Value, CultureInfo.InvariantCulture)!));
        await _writer.RecordAsync(http, new AuditEntry
        {
            Action = route.Action,
            UserId = userId,
            Username = http.User.FindFirst(DashboardClaims.Username)?.Value,
            ResourceType = route.ResourceType,
            ResourceId = resourceId,
            Summary = AuditSummary.From(body, bodyType, routeValues, _json, AuditNotes.Of(http)),
        });
        return result;
    }

    private static bool Succeeded(object? result, HttpContext http)
    {
        var status = result switch
        {
            IStatusCodeHttpResult { StatusCode: { } code } => code,
            IResult => StatusCodes.Status200OK,
            // A handler that wrote the response itself, or returned a plain value (200).
            null => http.Response.StatusCode,
            _ => StatusCodes.Status200OK,
        };
        return status is >= 200 and < 300;
    }

    // The id of what a create made: the response's "id".
    private static string? CreatedId(object? result) =>
        result is IValueHttpResult { Value: { } value } && value.GetType().GetProperty("Id")?.GetValue(value) is { } id
            ? Convert.ToString(id, CultureInfo.InvariantCulture)
            : null;
}
