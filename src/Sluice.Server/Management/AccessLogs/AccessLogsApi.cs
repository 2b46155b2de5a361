using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sluice.Core.AccessLogs;
using Sluice.Core.Permissions;
using Sluice.Server.Auth;

namespace Sluice.Server.Management.AccessLogs;

/// <summary>The access log, filtered and paged, newest first.</summary>
internal static class AccessLogsApi
{
    public static RouteGroupBuilder MapAccessLogsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/access-logs", List).WithTags("access-logs").Produces<ListResponse<AccessLogEntry>>().ProducesValidationProblem()
            .RequirePermission(ResourceType.AccessLog, PermissionAction.Read, idRouteValue: null);
        return api;
    }

    private static async Task<IResult> List(HttpRequest request, AccessLogReader reader, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var page = ListQuery.Page(request, errors);
        var filter = new AccessLogFilter(
            ApiId: ListQuery.Id(request, "api_id", errors),
            ModuleId: ListQuery.Id(request, "module_id", errors),
            GroupId: ListQuery.Id(request, "group_id", errors),
            ClientId: ListQuery.Text(request, "client_id"),
            PathContains: ListQuery.Text(request, "path"),
            Method: ListQuery.Text(request, "method")?.ToUpperInvariant(),
            Ip: ListQuery.Text(request, "ip"),
            From: Timestamp(request, "from", errors),
            To: Timestamp(request, "to", errors),
            Success: ListQuery.Bool(request, "success", errors),
            Status: ListQuery.Text(request, "status") is null ? null : ListQuery.Int(request, "status", 0, 100, 599, errors),
            RequestId: ListQuery.Text(request, "request_id"));
        if (page is null || errors.Any)
        {
            return errors.ToProblem();
        }
        var result = await reader.ListAsync(filter, page, cancellationToken);
        return TypedResults.Ok(new ListResponse<AccessLogEntry>(result.Items, result.Total));
    }

    /// <summary>An ISO 8601 time; one without an offset is UTC.</summary>
    private static DateTimeOffset? Timestamp(HttpRequest request, string name, FieldErrors errors)
    {
        var raw = ListQuery.Text(request, name);
        if (raw is null)
        {
            return null;
        }
        if (DateTimeOffset.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value))
        {
            return value;
        }
        // An unencoded '+' in a query string arrives as a space.
        errors.Add(name, "must be an ISO 8601 time, e.g. 2026-11-20T08:00:00Z (encode '+' in an offset as %2B).");
        return null;
    }
}
