using Dapper;
using Sluice.Core.Storage;

namespace Sluice.Core.Overview;

/// <summary>The figures of the dashboard's overview. Traffic is counted by UTC day, and a window
/// of <c>days</c> is today and the days before it, so its range of created_at is one index range.</summary>
public sealed class OverviewStore(MetadataDb db, TimeProvider time)
{
    /// <summary>The longest traffic window, in days.</summary>
    public const int MaxDays = 365;

    private const string Success = "CASE WHEN status < 400 THEN 1 ELSE 0 END";

    // One index range per day, read from the (created_at, status) index alone: no per-row day
    // arithmetic, which measured twice as slow over 90 days of a million records. 24 hours, not
    // '1 day', so the session's time zone cannot stretch a day across a DST change.
    private const string PostgresDays = $"""
        SELECT d.day, c.requests, c.successes
        FROM generate_series(@From, @Until - interval '24 hours', interval '24 hours') AS d(day)
        CROSS JOIN LATERAL (
            SELECT COUNT(*) AS requests, SUM({Success}) AS successes
            FROM access_logs WHERE created_at >= d.day AND created_at < d.day + interval '24 hours') AS c
        WHERE c.requests > 0
        """;

    // SQLite keeps created_at as fixed-width UTC text: the day is its first ten characters.
    private const string SqliteDays = $"""
        SELECT substr(created_at, 1, 10) AS day, COUNT(*) AS requests, SUM({Success}) AS successes
        FROM access_logs WHERE created_at >= @From AND created_at < @Until GROUP BY substr(created_at, 1, 10)
        """;

    // One text for both stores. The 95th percentile is the nearest rank: the time of the
    // ceil(0.95 n)-th fastest request, which is PostgreSQL's percentile_disc(0.95); SQLite has no
    // percentile aggregate, so both rank the window's rows per API (one sort of the window).
    private const string TopApisQuery = """
        WITH ranked AS (
            SELECT api_id, status, duration_ms,
                ROW_NUMBER() OVER (PARTITION BY api_id ORDER BY duration_ms) AS position,
                COUNT(*) OVER (PARTITION BY api_id) AS requests
            FROM access_logs WHERE created_at >= @From AND created_at < @Until AND api_id IS NOT NULL)
        SELECT r.api_id, a.name, a.http_method AS method, a.path, MAX(r.requests) AS requests,
            SUM(CASE WHEN r.status >= 400 THEN 1 ELSE 0 END) AS failures, AVG(r.duration_ms) AS mean_ms,
            MIN(CASE WHEN r.position * 100 >= r.requests * 95 THEN r.duration_ms END) AS p95_ms
        FROM ranked r LEFT JOIN apis a ON a.id = r.api_id
        GROUP BY r.api_id, a.name, a.http_method, a.path
        ORDER BY requests DESC, r.api_id LIMIT @limit
        """;

    /// <summary>How many of each thing the catalog holds.</summary>
    public async Task<CatalogCounts> CountsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.QuerySingleAsync<CatalogCounts>(new CommandDefinition(
            """
            SELECT (SELECT COUNT(*) FROM datasources) AS datasources, (SELECT COUNT(*) FROM modules) AS modules,
                (SELECT COUNT(*) FROM groups) AS groups, (SELECT COUNT(*) FROM apis) AS apis,
                (SELECT COUNT(*) FROM apis WHERE published_version_id IS NOT NULL) AS apis_published, (SELECT COUNT(*) FROM clients) AS clients
            """, cancellationToken: cancellationToken));
    }

    /// <summary>Requests per day over the last <paramref name="days"/> days, oldest first, days
    /// without traffic included.</summary>
    public async Task<IReadOnlyList<DayTraffic>> RequestsByDayAsync(int days, CancellationToken cancellationToken)
    {
        var window = Window(days);
        await using var connection = await db.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<DayRow>(new CommandDefinition(db.IsPostgres ? PostgresDays : SqliteDays, window,
            cancellationToken: cancellationToken));
        var byDay = rows.ToDictionary(row => DateOnly.FromDateTime(row.Day.UtcDateTime));
        return Enumerable.Range(0, days).Select(offset =>
        {
            var date = window.FirstDay.AddDays(offset);
            return byDay.TryGetValue(date, out var row)
                ? new DayTraffic(date, row.Requests, row.Successes, row.Requests - row.Successes)
                : new DayTraffic(date, 0, 0, 0);
        }).ToArray();
    }

    /// <summary>The <paramref name="limit"/> most requested paths over the last
    /// <paramref name="days"/> days, most requested first.</summary>
    public async Task<IReadOnlyList<PathTraffic>> TopPathsAsync(int limit, int days, CancellationToken cancellationToken)
    {
        var window = Window(days);
        await using var connection = await db.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<PathRow>(new CommandDefinition(
            $"""
            SELECT path, COUNT(*) AS requests, AVG(duration_ms) AS mean_ms, SUM({Success}) AS successes
            FROM access_logs WHERE created_at >= @From AND created_at < @Until
            GROUP BY path ORDER BY requests DESC, path LIMIT @limit
            """, new DynamicParameters(window).With("limit", limit), cancellationToken: cancellationToken));
        return rows.Select(row => new PathTraffic(row.Path, row.Requests, row.MeanMs, row.Successes, row.Requests - row.Successes)).ToArray();
    }

    /// <summary>The <paramref name="limit"/> most requested APIs over the last <paramref name="days"/>
    /// days, most requested first; requests no API served (404s) are left out.</summary>
    public async Task<IReadOnlyList<ApiTraffic>> TopApisAsync(int limit, int days, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<ApiTraffic>(new CommandDefinition(TopApisQuery,
            new DynamicParameters(Window(days)).With("limit", limit), cancellationToken: cancellationToken))).AsList();
    }

    /// <summary>Requests per response status over the last <paramref name="days"/> days, by status.</summary>
    public async Task<IReadOnlyList<StatusCount>> StatusBreakdownAsync(int days, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<StatusCount>(new CommandDefinition(
            """
            SELECT status, COUNT(*) AS count FROM access_logs WHERE created_at >= @From AND created_at < @Until
            GROUP BY status ORDER BY status
            """, Window(days), cancellationToken: cancellationToken))).AsList();
    }

    /// <summary>The <paramref name="limit"/> newest versions of APIs and macros together.</summary>
    public async Task<IReadOnlyList<RecentCommit>> RecentCommitsAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<RecentCommit>(new CommandDefinition(
            """
            SELECT kind, id, name, version_id, version, commit_message, created_by, created_at FROM (
                SELECT 'api' AS kind, a.id, a.name, v.id AS version_id, v.version, v.commit_message, v.created_by, v.created_at
                FROM api_versions v JOIN apis a ON a.id = v.api_id
                UNION ALL
                SELECT 'macro', m.id, m.name, v.id, v.version, v.commit_message, v.created_by, v.created_at
                FROM macro_versions v JOIN macros m ON m.id = v.macro_id) commits
            ORDER BY created_at DESC, kind, version_id DESC LIMIT @limit
            """, new { limit }, cancellationToken: cancellationToken))).AsList();
    }

    private TrafficWindow Window(int days)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(days, MaxDays);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var first = today.AddDays(1 - days);
        return new TrafficWindow(first, Midnight(first), Midnight(today.AddDays(1)));
    }

    private static DateTimeOffset Midnight(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>The days a traffic figure covers: created_at from <see cref="From"/> (the first
    /// day's midnight) up to <see cref="Until"/> (tomorrow's).</summary>
    private sealed record TrafficWindow(DateOnly FirstDay, DateTimeOffset From, DateTimeOffset Until);

    private sealed class DayRow
    {
        public DateTimeOffset Day { get; init; }
        public long Requests { get; init; }
        public long Successes { get; init; }
    }

    private sealed class PathRow
    {
        public string Path { get; init; } = "";
        public long Requests { get; init; }
        public double MeanMs { get; init; }
        public long Successes { get; init; }
    }
}
