using System.Diagnostics;
using Sluice.Core.Scripting;
using Sluice.Core.Scripting.Hosts;
using Sluice.Server.Gateway.Pipeline;
using Sluice.Server.Scripting;

namespace Sluice.Server.Gateway.Execution;

/// <summary>Runs a script API: its program (parsed once per version) in a fresh sandboxed engine
/// with the bound parameters and this run's host objects — <c>db</c>/<c>tx</c> on the API's
/// datasource (one connection for the run, rolled back for authors), <c>http</c>, <c>cache</c>
/// namespaced to the API, <c>env</c>, <c>log</c> and <c>response</c> — then writes the returned
/// value as the answer's data with the status and headers the script set.</summary>
/// <param name="program">The API's script.</param>
/// <param name="services">What every executor shares.</param>
internal sealed class ScriptExecutor(ScriptProgram program, ExecutorServices services) : IApiExecutor
{
    /// <inheritdoc />
    public async Task<GatewayError?> ExecuteAsync(ApiCall call)
    {
        var model = call.Model;
        if (model.Datasource is { IsActive: false } inactive)
        {
            return new GatewayError(GatewayErrorKind.DatasourceInactive, $"Datasource '{inactive.Name}' is inactive.");
        }
        var started = call.Trace is null ? 0 : Stopwatch.GetTimestamp();
        var response = new ScriptResponse();
        await using var database = model.Datasource is { } datasource
            ? new ScriptDatabase(datasource.Pool, datasource.Name, new ScriptDatabaseOptions(model.StatementTimeout, services.Settings.GatewayMaxResponseRows)
            {
                AlwaysRollBack = call.ForAuthor,
                ShowDatabaseMessages = call.ForAuthor || services.Settings.Environment != Core.Settings.DeploymentEnvironment.Production,
            })
            : null;
        var hosts = services.Hosts(call, response, database);
        var outcome = await services.Sandbox.RunAsync(program, call.Values, hosts, call.Aborted);
        if (call.Trace is { } trace)
        {
            trace.ExecuteMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (database is not null)
            {
                trace.Statements.AddRange(database.Statements);
            }
        }
        if (!outcome.IsSuccess)
        {
            return ScriptOutcomes.ErrorOf(outcome, call, services, "script");
        }
        await call.Output.WriteDataAsync(outcome.Data, response.Status ?? 200, response.Headers, call.Aborted);
        return null;
    }
}
