using Microsoft.AspNetCore.Http;
using Sluice.Core.Apis;
using Sluice.Core.Datasources;
using Sluice.Core.Macros;
using Sluice.Core.Settings;
using Sluice.Server.Gateway;

namespace Sluice.Server.Management.Apis;

/// <summary>Runs an API's test cases against its draft or a version: compiles the definition as the
/// gateway would (published macros in scope), runs each case through <see cref="AuthorRunner"/> in a
/// transaction of its own that is rolled back, and checks the answer against the expectation.</summary>
internal sealed class ApiTestRunner(DatasourceStore datasources, MacroStore macros, GatewaySnapshots snapshots, SluiceSettings settings, DatasourceHealth health,
    ApiCompiler compiler)
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
        if (record is null)
        {
            return (null, "it has no datasource to run them on; set datasource_id.");
        }
        var scope = MacroScope.For(await macros.PublishedAsync(cancellationToken), api.ModuleId);
        await using var lease = BorrowedPool.For(record, snapshots, datasources, settings.Connectors);
        var version = new ApiVersionRecord
        {
            ApiId = api.Id,
            Version = target.Version ?? 0,
            Content = target.Content,
            Params = target.Params,
            Identifiers = target.Identifiers,
            ResultTransform = target.ResultTransform,
        };
        var (model, problem) = compiler.Compile(api, version, new DatasourceModel(record, lease.Pool, health.For(record.Id)), scope, valuesByName: true);
        if (model is null)
        {
            return (null, "it does not compile: " + problem);
        }
        var results = new List<TestCaseResult>(cases.Count);
        foreach (var test in cases)
        {
            // An inactive datasource is the gateway's 503 for every request.
            var (status, error, rows) = record.IsActive
                ? await RunOneAsync(model, test, cancellationToken)
                : (StatusCodes.Status503ServiceUnavailable, $"Datasource '{record.Name}' is inactive.", null);
            var failures = ApiTestCheck.Failures(test.Expect, status, error, rows);
            results.Add(new TestCaseResult(test.Name, failures.Count == 0, status, rows?.Count, failures));
        }
        var passed = results.Count(result => result.Passed);
        return (new TestRunResponse(target.Version, passed, results.Count - passed, results), null);
    }

    private async Task<(int Status, string? Error, IReadOnlyList<System.Text.Json.JsonElement>? Rows)> RunOneAsync(ApiModel model, ApiTestCase test,
        CancellationToken cancellationToken)
    {
        var run = await AuthorRunner.RunAsync(model, test.Values, settings.GatewayMaxResponseRows, settings.GatewayMaxResponseRows, cancellationToken);
        return (run.Status, run.Error, run.DataRows);
    }
}
