using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sluice.Core.AccessLogs;
using Sluice.Core.Overview;
using Sluice.Core.Permissions;
using Sluice.Server.Auth;

namespace Sluice.Server.Management.Overview;

/// <summary>The dashboard's overview: catalog counts, gateway traffic (by day, path, API and status) and recent commits.</summary>
internal static class OverviewApi
{
    private const int DefaultDays = 7;
    private const int MaxLimit = 100;

    public static RouteGroupBuilder MapOverviewApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/overview").WithTags("overview");
        group.MapGet("/stats", Stats).Produces<CatalogCounts>()
            .RequirePermission(ResourceType.Overview, PermissionAction.Read, idRouteValue: null);
        group.MapGet("/requests-by-day", RequestsByDay).Produces<IReadOnlyList<DayTraffic>>().ProducesValidationProblem()
            .RequirePermission(ResourceType.Overview, PermissionAction.Read, idRouteValue: null);
        group.MapGet("/top-paths", TopPaths).Produces<IReadOnlyList<PathTraffic>>().ProducesValidationProblem()
            .RequirePermission(ResourceType.Overview, PermissionAction.Read, idRouteValue: null);
        group.MapGet("/top-apis", TopApis).Produces<IReadOnlyList<ApiTraffic>>().ProducesValidationProblem()
            .RequirePermission(ResourceType.Overview, PermissionAction.Read, idRouteValue: null);
        group.MapGet("/status-breakdown", StatusBreakdown).Produces<IReadOnlyList<StatusCount>>().ProducesValidationProblem()
            .RequirePermission(ResourceType.Overview, PermissionAction.Read, idRouteValue: null);
        group.MapGet("/recent-access", RecentAccess).Produces<IReadOnlyList<AccessLogEntry>>().ProducesValidationProblem()
            .RequirePermission(ResourceType.Overview, PermissionAction.Read, idRouteValue: null);
        group.MapGet("/recent-commits", RecentCommits).Produces<IReadOnlyList<RecentCommit>>().ProducesValidationProblem()
            .RequirePermission(ResourceType.Overview, PermissionAction.Read, idRouteValue: null);
        return api;
    }

    private static async Task<IResult> Stats(OverviewStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok(await store.CountsAsync(cancellationToken));

    private static Task<IResult> RequestsByDay(HttpRequest request, OverviewStore store, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var days = Days(request, errors);
        return AnswerAsync(errors, () => store.RequestsByDayAsync(days, cancellationToken));
    }

    private static Task<IResult> TopPaths(HttpRequest request, OverviewStore store, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var (limit, days) = (Limit(request, 10, errors), Days(request, errors));
        return AnswerAsync(errors, () => store.TopPathsAsync(limit, days, cancellationToken));
    }

    private static Task<IResult> TopApis(HttpRequest request, OverviewStore store, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var (limit, days) = (Limit(request, 10, errors), Days(request, errors));
        return AnswerAsync(errors, () => store.TopApisAsync(limit, days, cancellationToken));
    }

    private static Task<IResult> StatusBreakdown(HttpRequest request, OverviewStore store, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var days = Days(request, errors);
        return AnswerAsync(errors, () => store.StatusBreakdownAsync(days, cancellationToken));
    }

    private static Task<IResult> RecentAccess(HttpRequest request, AccessLogReader reader, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var limit = Limit(request, 20, errors);
        return AnswerAsync(errors, () => reader.RecentAsync(limit, cancellationToken));
    }

    private static Task<IResult> RecentCommits(HttpRequest request, OverviewStore store, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var limit = Limit(request, 20, errors);
        return AnswerAsync(errors, () => store.RecentCommitsAsync(limit, cancellationToken));
    }

    /// <summary>400 naming the bad query values, or 200 with what <paramref name="read"/> reads.</summary>
    private static async Task<IResult> AnswerAsync<T>(FieldErrors errors, Func<Task<T>> read) =>
        errors.Any ? errors.ToProblem() : TypedResults.Ok(await read());

    private static int Days(HttpRequest request, FieldErrors errors) => ListQuery.Int(request, "days", DefaultDays, 1, OverviewStore.MaxDays, errors);

    private static int Limit(HttpRequest request, int fallback, FieldErrors errors) => ListQuery.Int(request, "limit", fallback, 1, MaxLimit, errors);
}
