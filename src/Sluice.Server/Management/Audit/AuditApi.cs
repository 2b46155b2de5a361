using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Sluice.Core.Audit;
using Sluice.Core.Permissions;
using Sluice.Server.Auth;

namespace Sluice.Server.Management.Audit;

/// <summary>Reads of the audit trail and the check of its hash chain.</summary>
internal static class AuditApi
{
    public static RouteGroupBuilder MapAuditApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/audit").WithTags("audit");
        group.MapGet("", List).Produces<ListResponse<AuditEntryResponse>>().ProducesValidationProblem()
            .RequirePermission(ResourceType.Audit, PermissionAction.Read, idRouteValue: null);
        group.MapGet("/verify", Verify).Produces<AuditVerifyResponse>()
            .RequirePermission(ResourceType.Audit, PermissionAction.Read, idRouteValue: null);
        return api;
    }

    private static async Task<IResult> List(HttpRequest request, AuditTrail trail, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var page = ListQuery.Page(request, errors);
        var filter = new AuditFilter(ListQuery.Id(request, "user_id", errors), ListQuery.Text(request, "action"), ListQuery.Text(request, "resource_type"),
            ListQuery.Text(request, "resource_id"), Time(request, "from", errors), Time(request, "to", errors));
        if (page is null || errors.Any)
        {
            return errors.ToProblem();
        }
        var result = await trail.ListAsync(filter, page, cancellationToken);
        return TypedResults.Ok(new ListResponse<AuditEntryResponse>(result.Items.Select(AuditEntryResponse.From).ToArray(), result.Total));
    }

    private static async Task<IResult> Verify(AuditTrail trail, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var verification = await trail.VerifyAsync(cancellationToken);
        if (verification is { Valid: false, FirstBrokenId: { } id, Break: { } kind })
        {
            Log.ChainBroken(loggers.CreateLogger(typeof(AuditApi).FullName!), id, kind.ToString());
        }
        return TypedResults.Ok(AuditVerifyResponse.From(verification));
    }

    // An ISO 8601 time; one without an offset is taken as UTC.
    private static DateTimeOffset? Time(HttpRequest request, string name, FieldErrors errors)
    {
        var raw = ListQuery.Text(request, name);
        if (raw is null)
        {
            return null;
        }
        if (DateTimeOffset.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value))
        {
            return value.ToUniversalTime();
        }
        errors.Add(name, "must be an ISO 8601 time, such as 2025-06-01T12:00:00Z.");
        return null;
    }
}
