using Microsoft.AspNetCore.Http;
using Sluice.Core.Apis;
using Sluice.Core.Datasources;
using Sluice.Core.Macros;
using Sluice.Core.Settings;
using Sluice.Server.Gateway;
using Sluice.Server.Gateway.Execution;

namespace Sluice.Server.Management.Apis;

/// <summary>Runs an API's test cases against its draft or a version: compiles the definition as the
/// gateway would (published macros in scope), runs each case through <see cref="AuthorRunner"/> in a
/// transaction of its own that is rolled back, and checks the answer against the expectation.</summary>
internal sealed class ApiTestRunner(DatasourceStore datasources, MacroStore macros, GatewaySnapshots snapshots, SluiceSettings settings, DatasourceHealth health,
    ApiCompiler compiler, ExecutorServices services)
{
    /// <summary>The results, or why the definition cannot run at all (no datasource, a template
    /// that no longer compiles).</summary>
    public async Task<(TestRunResponse? Results, string? Problem)> RunAsync(ApiRecord api, TestTarget target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(target);
        var cases = ApiTestCase.Parse(target.Tests);
        if (cases.Count == 0)
        {
            return (new TestRunResponse(target.Version, 0, 0, []), null);
        }
        var record = api.DatasourceId is { } datasourceId ? await datasources.FindAsync(datasourceId, cancellationToken) : null;
        if (record is null && api.ExecuteEngine != "script")
        {
            return (null, "it has no datasource to run them on; set datasource_id.");
        }
        await using var lease = record is null ? null : BorrowedPool.For(record, snapshots, datasources, settings.Connectors);
        var version = new ApiVersionRecord
        {
            ApiId = api.Id,
            Version = target.Version ?? 0,
            Content = target.Content,
            Params = target.Params,
            Identifiers = target.Identifiers,
            ResultTransform = target.ResultTransform,
        };
        var datasource = record is null ? null : new DatasourceModel(record, lease!.Pool, health.For(record.Id));
        var (model, problem) = compiler.Compile(api, version, datasource, await macros.PublishedAsync(cancellationToken), valuesByName: true);
        if (model is null)
        {
            return (null, "it does not compile: " + problem);
        }
        var results = new List<TestCaseResult>(cases.Count);
        foreach (var test in cases)
        {
            // An inactive datasource is the gateway's 503 for every request.
            var (status, error, rows) = record?.IsActive != false
                ? await RunOneAsync(model, test, cancellationToken)
                : (StatusCodes.Status503ServiceUnavailable, $"Datasource '{record!.Name}' is inactive.", null);
            var failures = ApiTestCheck.Failures(test.Expect, status, error, rows);
            results.Add(new TestCaseResult(test.Name, failures.Count == 0, status, rows?.Count, failures));
        }
        var passed = results.Count(result => result.Passed);
        return (new TestRunResponse(target.Version, passed, results.Count - passed, results), null);
    }

    private async Task<(int Status, string? Error, IReadOnlyList<System.Text.Json.JsonElement>? Rows)> RunOneAsync(ApiModel model, ApiTestCase test,
        CancellationToken cancellationToken)
    {
        var run = await AuthorRunner.RunAsync(model, services, test.Values, settings.GatewayMaxResponseRows, cancellationToken);
        return (run.Status, run.Error, run.DataRows);
    }
}
