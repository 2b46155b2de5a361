using System.Data.Common;
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Sluice.Core.Connectors;
using Sluice.Core.Scripting;
using Sluice.Core.Templates;
using Sluice.Server.Gateway.Pipeline;
using Sluice.Server.Gateway.Results;

namespace Sluice.Server.Gateway.Execution;

/// <summary>Runs a SQL API: render the template with the bound values, run its statements on one
/// pooled connection under the statement timeout (earlier statements first, all in one
/// transaction when there are several or when the call is an author's, which is rolled back),
/// and write the last statement's rows or rows affected. Every expected failure comes back as a
/// <see cref="GatewayError"/>; a 500 only when the API itself is broken.</summary>
/// <param name="template">The API's parsed template.</param>
/// <param name="services">What every executor shares.</param>
internal sealed class SqlExecutor(SqlTemplate template, ExecutorServices services) : IApiExecutor
{
    private static readonly Dictionary<string, string> NoHeaders = [];

    // The paged texts of this API's statement, made once per distinct text.
    private readonly PagedSql _paged = new();

    /// <inheritdoc />
    public async Task<GatewayError?> ExecuteAsync(ApiCall call)
    {
        var model = call.Model;
        var datasource = model.Datasource!;
        var started = call.Trace is null ? 0 : Stopwatch.GetTimestamp();
        var rendered = template.Render(call.Values, datasource.Pool.Dialect);
        if (call.Trace is { } renderTrace)
        {
            renderTrace.RenderMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }
        if (rendered.Command is null)
        {
            // A refused value is the caller's mistake; any other render failure is the API's.
            if (rendered.Failure == TemplateRenderFailure.ValueRefused)
            {
                return GatewayError.InvalidParameters(rendered.Error!);
            }
            if (!call.ForAuthor)
            {
                Log.TemplateFailed(services.Logger, model.Api.Id, model.Api.Path, rendered.Error!);
            }
            return new GatewayError(GatewayErrorKind.TemplateFailed, call.ForAuthor || services.Settings.IsLocal
                ? rendered.Error! : "The API's template failed; the server log has the details under this request's id.");
        }
        call.Trace?.Statements.AddRange(rendered.Command.Statements);
        if (!datasource.IsActive)
        {
            return new GatewayError(GatewayErrorKind.DatasourceInactive, $"Datasource '{datasource.Name}' is inactive.");
        }
        started = call.Trace is null ? 0 : Stopwatch.GetTimestamp();
        try
        {
            return call.Model.Transform is { } transform ? await TransformedAsync(call, rendered.Command, transform) : await RunAsync(call, rendered.Command);
        }
        finally
        {
            if (call.Trace is { } trace)
            {
                trace.ExecuteMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        }
    }

    // A transformed API buffers its rows (up to the row cap), hands them to the transform, and
    // answers what the transform returns; streaming is for untransformed APIs.
    private async Task<GatewayError?> TransformedAsync(ApiCall call, BoundCommand command, ResultTransform transform)
    {
        var buffer = new BufferOutput(services.Settings.GatewayMaxResponseRows);
        var error = await RunAsync(call with { Output = buffer }, command);
        if (error is not null || call.Aborted.IsCancellationRequested)
        {
            return error;
        }
        JsonNode? rows = buffer.Rows is { } read ? JsonSerializer.SerializeToNode(read)
            : buffer.RowsAffected is { } affected ? new JsonObject { ["rows_affected"] = affected }
            : new JsonArray();
        var outcome = await transform.RunAsync(services.Sandbox, rows, call.Values, call.Aborted);
        if (!outcome.IsSuccess)
        {
            return ScriptOutcomes.ErrorOf(outcome, call, services, "result transform");
        }
        await call.Output.WriteDataAsync(outcome.Data, StatusCodes.Status200OK, NoHeaders, call.Aborted);
        return null;
    }

    private async Task<GatewayError?> RunAsync(ApiCall call, BoundCommand command)
    {
        var model = call.Model;
        var datasource = model.Datasource!;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(call.Aborted);
        timeout.CancelAfter(model.StatementTimeout);
        DbConnection connection;
        try
        {
            connection = await datasource.Pool.OpenAsync(timeout.Token);
        }
        catch (Exception exception) when (exception is DbException or TimeoutException or System.Net.Sockets.SocketException or OperationCanceledException or InvalidOperationException)
        {
            return call.Aborted.IsCancellationRequested ? null : services.Unreachable(datasource, exception, Unreachability.ReasonFor(exception) ?? exception switch
            {
                // The embedded pools refuse a file the sandbox forbids before opening it.
                InvalidOperationException => "cannot open the database file",
                DbException => "the database refused the connection",
                _ => "no connection within the connect timeout",
            });
        }
        await using (connection)
        {
            try
            {
                await StatementsAsync(call, connection, command, timeout.Token);
                datasource.Health.RecordSuccess(services.Time.GetUtcNow());
                return null;
            }
            catch (Exception) when (timeout.IsCancellationRequested && !call.Aborted.IsCancellationRequested)
            {
                return services.TimedOut(model);
            }
            catch (Exception) when (call.Aborted.IsCancellationRequested)
            {
                // The caller went away; nothing to answer.
                return null;
            }
            catch (Exception exception) when (Unreachability.ReasonFor(exception) is { } reason)
            {
                // The connection broke under the statement (the database stopped or restarted).
                return services.Unreachable(datasource, exception, reason);
            }
            catch (DbException exception)
            {
                return services.Failed(call, datasource.Pool.Describe(connection, exception));
            }
        }
    }

    // Earlier statements first, then the last one's rows (or rows affected) into the output.
    private async Task StatementsAsync(ApiCall call, DbConnection connection, BoundCommand command, CancellationToken cancellationToken)
    {
        var model = call.Model;
        var pool = model.Datasource!.Pool;
        using var interrupt = pool.InterruptOnCancel(connection, model.StatementTimeout, cancellationToken);
        var statements = command.Statements;
        await using var transaction = statements.Count > 1 || call.ForAuthor ? await connection.BeginTransactionAsync(cancellationToken) : null;
        for (var i = 0; i < statements.Count - 1; i++)
        {
            await using var step = await pool.CreateCommandAsync(connection, statements[i], transaction, cancellationToken);
            await step.ExecuteNonQueryAsync(cancellationToken);
        }
        var last = statements[^1];
        ResultPage? page = null;
        if (call.Window is { } window)
        {
            long? total = null;
            if (window.CountTotal)
            {
                await using var count = await pool.CreateCommandAsync(connection, PageWindow.CountOf(last, _paged), transaction, cancellationToken);
                total = Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
            }
            last = window.Limit(last, pool.Dialect, _paged);
            page = new ResultPage(window.Page, window.PageSize, total);
        }
        await using var query = await pool.CreateCommandAsync(connection, last, transaction, cancellationToken);
        int? affected = null;
        if (pool.CountsRowsOnlyWithNonQuery && StatementShape.ReturnsNoRows(last.Sql))
        {
            affected = await query.ExecuteNonQueryAsync(cancellationToken);
        }
        else
        {
            await using var reader = await query.ExecuteReaderAsync(cancellationToken);
            if (reader.FieldCount == 0)
            {
                affected = reader.RecordsAffected;
            }
            else if (await call.Output.WriteRowsAsync(reader, page, cancellationToken))
            {
                // Stop the server producing rows nobody reads; disposing the reader would drain them.
                query.Cancel();
            }
        }
        if (affected is not null)
        {
            // Some drivers finish a cancelled statement normally: a timeout must not pass for success.
            cancellationToken.ThrowIfCancellationRequested();
        }
        if (transaction is not null)
        {
            if (call.ForAuthor)
            {
                // An author's run leaves the database as it found it.
                await transaction.RollbackAsync(CancellationToken.None);
            }
            else
            {
                await transaction.CommitAsync(cancellationToken);
            }
        }
        if (affected is { } rowsAffected)
        {
            await call.Output.WriteRowsAffectedAsync(rowsAffected, cancellationToken);
        }
    }
}
