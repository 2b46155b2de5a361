using Dapper;
using Sluice.Core.Storage;
using Sluice.Core.Templates;

namespace Sluice.Core.AccessLogs;

/// <summary>Reads access records for the dashboard, newest first. Each filter adds a fixed
/// condition with a bound value, so both stores can use the access_logs indexes.</summary>
public sealed class AccessLogReader(MetadataDb db)
{
    private const string Select = """
        SELECT l.id, l.created_at, l.request_id, l.api_id, a.name AS api_name, l.client_id, l.ip, l.method, l.path, l.status, l.duration_ms
        FROM access_logs l LEFT JOIN apis a ON a.id = l.api_id
        """;

    /// <summary>A page of the records matching <paramref name="filter"/>, and how many match.</summary>
    public async Task<PageResult<AccessLogEntry>> ListAsync(AccessLogFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(page);
        var (where, args) = Where(filter);
        await using var connection = await db.OpenAsync(cancellationToken);
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"SELECT COUNT(*) FROM access_logs l {where}", args, cancellationToken: cancellationToken));
        var rows = await connection.QueryAsync<AccessLogEntry>(new CommandDefinition(
            $"{Select} {where} ORDER BY l.created_at DESC, l.id DESC LIMIT @PageSize OFFSET @Offset",
            args.With("PageSize", page.PageSize).With("Offset", page.Offset), cancellationToken: cancellationToken));
        return new PageResult<AccessLogEntry>(rows.AsList(), total);
    }

    /// <summary>The <paramref name="limit"/> newest records.</summary>
    public async Task<IReadOnlyList<AccessLogEntry>> RecentAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<AccessLogEntry>(new CommandDefinition(
            $"{Select} ORDER BY l.created_at DESC, l.id DESC LIMIT @limit", new { limit }, cancellationToken: cancellationToken))).AsList();
    }

    private (string Where, DynamicParameters Args) Where(AccessLogFilter filter)
    {
        var conditions = new List<string>();
        var args = new DynamicParameters();
        void Add(string condition, string name, object value)
        {
            conditions.Add(condition);
            args.Add(name, value);
        }
        if (filter.ApiId is { } apiId)
        {
            Add("l.api_id = @apiId", "apiId", apiId);
        }
        if (filter.ModuleId is { } moduleId)
        {
            Add("l.api_id IN (SELECT id FROM apis WHERE module_id = @moduleId)", "moduleId", moduleId);
        }
        if (filter.GroupId is { } groupId)
        {
            Add("l.api_id IN (SELECT api_id FROM group_apis WHERE group_id = @groupId)", "groupId", groupId);
        }
        if (filter.ClientId is { } clientId)
        {
            Add("l.client_id = @clientId", "clientId", clientId);
        }
        if (filter.PathContains is { } path)
        {
            var escape = LikeEscape.Clause(db.IsPostgres ? SqlDialect.Postgres : SqlDialect.Sqlite);
            Add("lower(l.path) LIKE @path" + escape, "path", LikeEscape.Contains(path.ToLowerInvariant()).Pattern!);
        }
        if (filter.Method is { } method)
        {
            Add("l.method = @method", "method", method);
        }
        if (filter.Ip is { } ip)
        {
            Add("l.ip = @ip", "ip", ip);
        }
        if (filter.RequestId is { } requestId)
        {
            Add("l.request_id = @requestId", "requestId", requestId);
        }
        if (filter.From is { } from)
        {
            Add("l.created_at >= @from", "from", from);
        }
        if (filter.To is { } to)
        {
            Add("l.created_at < @to", "to", to);
        }
        if (filter.Success is { } success)
        {
            conditions.Add(success ? "l.status < 400" : "l.status >= 400");
        }
        if (filter.Status is { } status)
        {
            Add("l.status = @status", "status", status);
        }
        return (conditions.Count == 0 ? "" : "WHERE " + string.Join(" AND ", conditions), args);
    }
}
