using Microsoft.AspNetCore.Http;
using Sluice.Core.Apis;
using Sluice.Core.Checks;
using Sluice.Core.Datasources;
using Sluice.Core.Macros;
using Sluice.Core.Settings;
using Sluice.Server.Gateway;
using Sluice.Server.Gateway.Results;

namespace Sluice.Server.Management.Apis;

/// <summary>Runs the <see cref="SqlCheck"/> on an API's draft or one of its versions, compiled as
/// the gateway compiles it (its module's macros, its identifiers, its statement timeout), and
/// gates commits and publishes on it.</summary>
internal sealed class ApiSqlCheck(ApiStore apis, DatasourceStore datasources, MacroStore macros, GatewaySnapshots snapshots, SluiceSettings settings,
    TimeProvider time)
{
    /// <summary>Checks the SQL of <paramref name="api"/>'s draft (<paramref name="version"/> null) or of a version.</summary>
    public async Task<SqlCheckReport> RunAsync(ApiRecord api, ApiVersionRecord? version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(api);
        if (api.ExecuteEngine != "sql")
        {
            return SqlCheckReport.Nothing;
        }
        var (content, parameters, identifiers) = version is null
            ? (api.Content, api.Params, api.Identifiers)
            : (version.Content, version.Params, version.Identifiers);
        var scope = MacroScope.For(await macros.PublishedAsync(cancellationToken), api.ModuleId);
        var (compiled, problem) = ApiCompiler.CompileDefinition(parameters, identifiers, content, scope, time);
        if (compiled is null)
        {
            return Failed("The definition does not compile: " + problem);
        }
        if (api.DatasourceId is not { } datasourceId)
        {
            return Failed("The API has no datasource to check its SQL on; set datasource_id.");
        }
        if (await datasources.FindAsync(datasourceId, cancellationToken) is not { } record)
        {
            return Failed($"The API's datasource {datasourceId} does not exist; set datasource_id.");
        }
        await using var lease = BorrowedPool.For(record, snapshots, datasources, settings.Connectors);
        var timeout = api.StatementTimeoutSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : settings.Connectors.StatementTimeout;
        return await SqlCheck.RunAsync(compiled.Template, compiled.Definitions, compiled.Identifiers, lease.Pool, timeout, cancellationToken);
    }

    /// <summary>Checks before a commit (<paramref name="version"/> null: the draft) or a publish
    /// (the version to publish). Problems refuse it with a 409 listing each, unless
    /// <paramref name="force"/>. A version's stored result columns are refreshed whenever the
    /// database could be asked.</summary>
    public async Task<SqlGate> GateAsync(ApiRecord api, ApiVersionRecord? version, bool force, string action, CancellationToken cancellationToken)
    {
        var report = await RunAsync(api, version, cancellationToken);
        var columns = ColumnSchema.Serialize(report.ResultColumns);
        if (!report.Ok && !force)
        {
            return new SqlGate(Refusal(report, action), columns);
        }
        if (version is not null && report.Unreachable is null && api.ExecuteEngine == "sql")
        {
            await apis.SetResultColumnsAsync(version.Id, columns, cancellationToken);
        }
        return new SqlGate(null, columns);
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Refusal(SqlCheckReport report, string action)
    {
        var retry = $"Send \"force\": true to {action} anyway.";
        var (title, detail) = report.Unreachable is { } reason
            ? ("Datasource unreachable", $"The SQL could not be checked: the datasource could not be reached ({reason}). {retry}")
            : ("SQL check failed", $"The SQL check found problems: {string.Join(" ", report.Problems.Select(Describe))} Fix the template, or {char.ToLowerInvariant(retry[0])}{retry[1..]}");
        return TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status409Conflict, title: title,
            extensions: new Dictionary<string, object?> { ["problems"] = report.Problems });
    }

    private static string Describe(CheckProblem problem) =>
        problem.Message.TrimEnd('.') + (problem.Code is null ? "" : $" ({problem.Code})") + (problem.Sql is null ? "" : $" in: {problem.Sql}")
        + (problem.Case is null ? "" : $" [{problem.Case}]") + ".";

    private static SqlCheckReport Failed(string message) => SqlCheckReport.Failed([new CheckProblem(message, null, null, null)]);
}
