using System.Diagnostics;
using System.Text.Json;
using Sluice.Core.Parameters;
using Sluice.Server.Gateway;
using Sluice.Server.Gateway.Execution;

namespace Sluice.Server.Management.Apis;

/// <summary>Runs an API definition (a draft or a version, compiled by <see cref="ApiCompiler"/>
/// with values by name) once, through the same executor as the gateway, but rolled back and
/// captured: debug runs and API test cases both go through here.</summary>
internal static class AuthorRunner
{
    private static readonly Dictionary<string, JsonElement> NoValues = [];

    /// <summary>Runs <paramref name="model"/> with <paramref name="values"/> by parameter name
    /// (plus <c>page</c>/<c>page_size</c>/<c>count</c> for a paginating API); reads at most
    /// <paramref name="maxRows"/> rows.</summary>
    public static async Task<ApiRunResult> RunAsync(ApiModel model, IReadOnlyDictionary<string, JsonElement>? values, int maxRows, int maxPageSize,
        CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var given = values ?? NoValues;
        var bound = model.Binder.Bind(new RequestInputs { Body = JsonSerializer.SerializeToElement(given) });
        var bindMs = clock.Elapsed.TotalMilliseconds;
        if (!bound.IsValid)
        {
            // The gateway's own answer to bad parameters.
            return Failed(400, "Invalid parameters: " + string.Join(" ", bound.Errors.Select(e => e.Message)), new ApiCallTrace(), bindMs);
        }
        PageWindow? window = null;
        if (model.Api.Pagination)
        {
            (window, var pageError) = PageWindow.From(Text(given, "page"), Text(given, "page_size"), Text(given, "count"), maxPageSize);
            if (window is null)
            {
                return Failed(400, "Invalid parameters: " + pageError, new ApiCallTrace(), bindMs);
            }
        }
        var trace = new ApiCallTrace();
        var output = new BufferOutput(maxRows);
        var error = await model.Executor.ExecuteAsync(new ApiCall
        {
            Model = model,
            Values = bound.Values,
            Window = window,
            Output = output,
            RequestId = "debug",
            ForAuthor = true,
            Trace = trace,
            Aborted = cancellationToken,
        });
        cancellationToken.ThrowIfCancellationRequested();
        if (error is not null)
        {
            return Failed(error.Status, error.Message, trace, bindMs);
        }
        return new ApiRunResult(output.Status, null, Statements(trace), output.Rows, output.RowsAffected, output.Truncated, Timings(trace, bindMs))
        {
            Data = output.Data,
            Logs = Logs(trace),
            DataRows = output.DataRows,
        };
    }

    // page/page_size arrive as numbers or strings; the gateway reads them from the query string.
    private static string? Text(IReadOnlyDictionary<string, JsonElement> values, string name) =>
        values.TryGetValue(name, out var value) ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText() : null;

    private static ApiRunResult Failed(int status, string error, ApiCallTrace trace, double bindMs) =>
        new(status, error, Statements(trace), null, null, false, Timings(trace, bindMs)) { Logs = Logs(trace) };

    private static DebugStatement[] Statements(ApiCallTrace trace) => [.. trace.Statements.Select(s => new DebugStatement(s.Sql, s.Values))];

    private static DebugLogLine[] Logs(ApiCallTrace trace) => [.. trace.Logs.Select(line => new DebugLogLine(line.Level, line.Message))];

    private static DebugTimings Timings(ApiCallTrace trace, double bindMs) => new(bindMs, trace.RenderMs, trace.ExecuteMs);
}
