using System.Data.Common;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Sluice.Core.Connectors;
using Sluice.Core.Datasources;
using Sluice.Core.Parameters;
using Sluice.Core.Templates;
using Sluice.Server.Gateway.Results;

namespace Sluice.Server.Management.Apis;

/// <summary>Runs an API definition (a draft or a version) once with input values by parameter
/// name, the way the gateway would — same binder, same rendering, same statements on the same
/// pool, under the statement timeout — but inside a transaction that is always rolled back, so a
/// debug run or a test case leaves the database as it found it. Debug runs and API test cases
/// both go through here.</summary>
/// <param name="binder">From <see cref="CompileBinder"/>.</param>
/// <param name="template">The parsed template.</param>
/// <param name="pool">The datasource's pool.</param>
/// <param name="datasourceName">For messages.</param>
/// <param name="statementTimeout">The API's statement timeout.</param>
/// <param name="health">Where a success or an outage of the datasource is recorded.</param>
/// <param name="time">The clock of those records.</param>
internal sealed class ApiRunner(ParameterBinder binder, SqlTemplate template, DatasourcePool pool, string datasourceName, TimeSpan statementTimeout,
    DatasourceHealthState? health, TimeProvider time)
{
    private static readonly Dictionary<string, JsonElement> NoValues = [];

    /// <summary>Compiles the binder for values given by name: every parameter is read from one
    /// JSON object, whatever its usual location, then coerced and checked by the gateway's rules.</summary>
    public static ParameterBinderResult CompileBinder(IEnumerable<ParamDefinition> definitions) =>
        ParameterBinder.Compile(definitions.Select(d => d with { Location = ParamLocation.Body }).ToList());

    /// <summary>Runs once; reads at most <paramref name="maxRows"/> rows.</summary>
    public async Task<ApiRunResult> RunAsync(IReadOnlyDictionary<string, JsonElement>? values, int maxRows, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var bound = binder.Bind(new RequestInputs { Body = JsonSerializer.SerializeToElement(values ?? NoValues) });
        var bindMs = clock.Elapsed.TotalMilliseconds;
        if (!bound.IsValid)
        {
            // The gateway's own answer to bad parameters.
            return Failed(StatusCodes.Status400BadRequest, "Invalid parameters: " + string.Join(" ", bound.Errors.Select(e => e.Message)), [], bindMs, 0, 0);
        }
        clock.Restart();
        var rendered = template.Render(bound.Values, pool.Dialect);
        var renderMs = clock.Elapsed.TotalMilliseconds;
        if (rendered.Command is null)
        {
            var refused = rendered.Failure == TemplateRenderFailure.ValueRefused;
            return Failed(refused ? StatusCodes.Status400BadRequest : StatusCodes.Status500InternalServerError, rendered.Error!, [], bindMs, renderMs, 0);
        }
        var command = rendered.Command;
        var statements = command.Statements.Select(s => new DebugStatement(s.Sql, s.Values)).ToArray();
        clock.Restart();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(statementTimeout);
        DbConnection? connection = null;
        try
        {
            connection = await pool.OpenAsync(timeout.Token);
            using var interrupt = pool.InterruptOnCancel(connection, statementTimeout, timeout.Token);
            await using var transaction = await connection.BeginTransactionAsync(timeout.Token);
            for (var i = 0; i < command.Statements.Count - 1; i++)
            {
                await using var step = await pool.CreateCommandAsync(connection, command.Statements[i], transaction, timeout.Token);
                await step.ExecuteNonQueryAsync(timeout.Token);
            }
            var (rows, affected, truncated) = await ReadLastAsync(connection, transaction, command.Statements[^1], maxRows, timeout.Token);
            // The run leaves the database as it found it.
            await transaction.RollbackAsync(CancellationToken.None);
            health?.RecordSuccess(time.GetUtcNow());
            return new ApiRunResult(StatusCodes.Status200OK, null, statements, rows, affected, truncated,
                new DebugTimings(bindMs, renderMs, clock.Elapsed.TotalMilliseconds));
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return Failed(StatusCodes.Status504GatewayTimeout, $"The query ran longer than {statementTimeout.TotalSeconds:0} s and was cancelled.",
                statements, bindMs, renderMs, clock.Elapsed.TotalMilliseconds);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested && Unreachability.ReasonFor(exception) is { } reason)
        {
            // A draft's own mistakes say nothing of the datasource; only an outage is recorded.
            health?.RecordFailure("unreachable: " + reason, time.GetUtcNow());
            return Failed(StatusCodes.Status503ServiceUnavailable, $"Datasource '{datasourceName}' is unreachable: {reason}. Retry shortly.",
                statements, bindMs, renderMs, clock.Elapsed.TotalMilliseconds);
        }
        catch (DbException exception)
        {
            // The gateway's status for the failure, with the database's own words for the author.
            var failure = pool.Describe(connection, exception);
            var message = failure.Kind == StatementFailureKind.Query ? "The query failed: " + failure.Message : failure.Explain(withDatabaseMessage: true);
            return Failed(FailureStatus.Of(failure.Kind), message, statements, bindMs, renderMs, clock.Elapsed.TotalMilliseconds);
        }
        catch (Exception exception) when (exception is TimeoutException or InvalidOperationException && !cancellationToken.IsCancellationRequested)
        {
            return Failed(StatusCodes.Status503ServiceUnavailable, $"Datasource '{datasourceName}' is unreachable: {exception.Message}",
                statements, bindMs, renderMs, clock.Elapsed.TotalMilliseconds);
        }
        finally
        {
            if (connection is not null)
            {
                await connection.DisposeAsync();
            }
        }
    }

    // The last statement's rows, or its rows affected, as the gateway's StatementRunner reads them.
    private async Task<(JsonElement? Rows, int? Affected, bool Truncated)> ReadLastAsync(DbConnection connection, DbTransaction transaction,
        BoundStatement statement, int maxRows, CancellationToken cancellationToken)
    {
        await using var last = await pool.CreateCommandAsync(connection, statement, transaction, cancellationToken);
        if (pool.CountsRowsOnlyWithNonQuery && StatementShape.ReturnsNoRows(statement.Sql))
        {
            return (null, await last.ExecuteNonQueryAsync(cancellationToken), false);
        }
        await using var reader = await last.ExecuteReaderAsync(cancellationToken);
        if (reader.FieldCount == 0)
        {
            return (null, reader.RecordsAffected, false);
        }
        var (rows, truncated) = await RowBuffer.ReadAsync(reader, maxRows, cancellationToken);
        if (truncated)
        {
            // Stop the server producing rows nobody reads; disposing the reader would drain them.
            last.Cancel();
        }
        return (rows, null, truncated);
    }

    private static ApiRunResult Failed(int status, string error, IReadOnlyList<DebugStatement> statements, double bindMs, double renderMs, double executeMs) =>
        new(status, error, statements, null, null, false, new DebugTimings(bindMs, renderMs, executeMs));
}
