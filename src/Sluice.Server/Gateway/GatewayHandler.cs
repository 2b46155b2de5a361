using System.Data.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Sluice.Core.Connectors;
using Sluice.Core.Settings;
using Sluice.Core.Templates;
using Sluice.Server.Gateway.Access;
using Sluice.Server.Gateway.Results;

namespace Sluice.Server.Gateway;

/// <summary>Serves one request of a published API: bind parameters, render the template,
/// run it on the datasource's pool under the statement timeout, stream the rows. Every
/// expected failure is an envelope with the DESIGN.md status code; a 500 only when the API
/// itself is broken (its template, or its query against the database as it is now).</summary>
internal sealed class GatewayHandler(GatewaySnapshots snapshots, GatewayAccess access, FlowGate flow, SluiceSettings settings,
    TimeProvider time, ILogger<GatewayHandler> logger)
{
    // A lost lock race or an outage: a second is enough for the other side to finish or come back.
    private const string RetryAfterSeconds = "1";

    public async Task HandleAsync(HttpContext context, ApiModel model)
    {
        var (caller, denied, reason) = await access.AuthorizeAsync(context, model, snapshots.Current);
        if (caller is null)
        {
            await GatewayEnvelope.WriteErrorAsync(context, denied, reason!);
            return;
        }
        caller.AttachTo(context);
        var (lease, admitted) = await flow.EnterAsync(context, model, caller);
        if (!admitted)
        {
            return;
        }
        // The slot is released on every path: success, error, timeout, client disconnect.
        await using (lease)
        {
            await ServeAsync(context, model);
        }
    }

    private async Task ServeAsync(HttpContext context, ApiModel model)
    {
        var (inputs, status, error) = await RequestInputsReader.ReadAsync(context, model, settings.GatewayMaxBodyBytes);
        if (inputs is null)
        {
            await GatewayEnvelope.WriteErrorAsync(context, status, error!);
            return;
        }
        var bound = model.Binder.Bind(inputs);
        if (!bound.IsValid)
        {
            await GatewayEnvelope.WriteErrorAsync(context, StatusCodes.Status400BadRequest,
                "Invalid parameters: " + string.Join(" ", bound.Errors.Select(e => e.Message)));
            return;
        }
        PageWindow? window = null;
        if (model.Api.Pagination)
        {
            (window, var pageError) = PageWindow.FromQuery(context.Request, settings.GatewayMaxResponseRows);
            if (window is null)
            {
                await GatewayEnvelope.WriteErrorAsync(context, StatusCodes.Status400BadRequest, "Invalid parameters: " + pageError);
                return;
            }
        }
        var rendered = model.Template.Render(bound.Values, model.Datasource!.Pool.Dialect);
        if (rendered.Command is null)
        {
            // A refused value is the caller's mistake; any other render failure is the API's.
            var refused = rendered.Failure == TemplateRenderFailure.ValueRefused;
            await GatewayEnvelope.WriteErrorAsync(context, refused ? StatusCodes.Status400BadRequest : StatusCodes.Status500InternalServerError,
                refused || settings.IsLocal ? rendered.Error! : "The API's template failed; the server log has the details under this request's id.");
            if (!refused)
            {
                Log.TemplateFailed(logger, model.Api.Id, model.Api.Path, rendered.Error!);
            }
            return;
        }
        var datasource = model.Datasource;
        if (!datasource.IsActive)
        {
            await GatewayEnvelope.WriteErrorAsync(context, StatusCodes.Status503ServiceUnavailable, $"Datasource '{datasource.Name}' is inactive.");
            return;
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        timeout.CancelAfter(model.StatementTimeout);
        DbConnection connection;
        try
        {
            connection = await datasource.Pool.OpenAsync(timeout.Token);
        }
        catch (Exception exception) when (exception is DbException or TimeoutException or System.Net.Sockets.SocketException or OperationCanceledException or InvalidOperationException)
        {
            if (context.RequestAborted.IsCancellationRequested)
            {
                return;
            }
            await WriteUnreachableAsync(context, datasource, exception, Unreachability.ReasonFor(exception) ?? exception switch
            {
                // The embedded pools refuse a file the sandbox forbids before opening it.
                InvalidOperationException => "cannot open the database file",
                DbException => "the database refused the connection",
                _ => "no connection within the connect timeout",
            });
            return;
        }
        await using (connection)
        {
            try
            {
                await StatementRunner.RunAsync(context, model, connection, rendered.Command, window, settings.GatewayMaxResponseRows, timeout.Token);
                datasource.Health.RecordSuccess(time.GetUtcNow());
            }
            catch (Exception exception) when (timeout.IsCancellationRequested && !context.RequestAborted.IsCancellationRequested)
            {
                _ = exception;
                await WriteTimeoutAsync(context, model);
            }
            catch (Exception) when (context.RequestAborted.IsCancellationRequested)
            {
                // The client went away; nothing to answer.
            }
            catch (Exception exception) when (Unreachability.ReasonFor(exception) is { } reason)
            {
                // The connection broke under the statement (the database stopped or restarted).
                await WriteUnreachableAsync(context, datasource, exception, reason);
            }
            catch (DbException exception)
            {
                await WriteFailureAsync(context, model, datasource.Pool.Describe(connection, exception));
            }
        }
    }

    /// <summary>Answers a statement the database rejected, by what the rejection means (README,
    /// "Gateway errors"), and logs it once, without a stack trace.</summary>
    private async Task WriteFailureAsync(HttpContext context, ApiModel model, StatementFailure failure)
    {
        var datasource = model.Datasource!;
        if (failure.Kind == StatementFailureKind.Timeout)
        {
            await WriteTimeoutAsync(context, model);
            return;
        }
        if (failure.Kind == StatementFailureKind.BrokenQuery)
        {
            Log.QueryBroken(logger, model.Api.Id, model.Api.Path, datasource.Name, failure.Code, failure.LogText);
            datasource.Health.RecordFailure($"API {model.Api.Path}: {failure.Code}: {failure.LogText}", time.GetUtcNow());
            await GatewayEnvelope.WriteErrorAsync(context, FailureStatus.Of(failure.Kind),
                $"The API's query failed; request id {context.TraceIdentifier}." + (settings.IsLocal ? " " + failure.LogText : ""));
            return;
        }
        // The caller's mistakes are routine; contention and the unmapped are worth a look.
        var level = failure.Kind is StatementFailureKind.Integrity or StatementFailureKind.InvalidInput or StatementFailureKind.Refused
            ? LogLevel.Information : LogLevel.Warning;
        Log.QueryFailed(logger, level, model.Api.Id, model.Api.Path, datasource.Name, failure.Kind, failure.Code, failure.LogText);
        var production = settings.Environment == DeploymentEnvironment.Production;
        switch (failure.Kind)
        {
            case StatementFailureKind.Busy:
                datasource.Health.RecordFailure($"API {model.Api.Path}: {failure.Message}", time.GetUtcNow());
                context.Response.Headers.RetryAfter = RetryAfterSeconds;
                await GatewayEnvelope.WriteErrorAsync(context, FailureStatus.Of(failure.Kind), failure.Message);
                break;
            case StatementFailureKind.Integrity:
                await GatewayEnvelope.WriteErrorAsync(context, FailureStatus.Of(failure.Kind), failure.Message);
                break;
            case StatementFailureKind.InvalidInput:
                await GatewayEnvelope.WriteErrorAsync(context, FailureStatus.Of(failure.Kind), failure.Explain(withDatabaseMessage: !production));
                break;
            case StatementFailureKind.Refused:
                await GatewayEnvelope.WriteErrorAsync(context, FailureStatus.Of(failure.Kind), failure.Message);
                break;
            default:
                await GatewayEnvelope.WriteErrorAsync(context, FailureStatus.Of(failure.Kind), production
                    ? "The query failed; the server log has the database's message under this request's id."
                    : "The query failed: " + failure.Message);
                break;
        }
    }

    private async Task WriteTimeoutAsync(HttpContext context, ApiModel model)
    {
        Log.QueryTimedOut(logger, model.Api.Id, model.Api.Path, model.StatementTimeout.TotalSeconds);
        model.Datasource!.Health.RecordFailure($"API {model.Api.Path}: the query ran longer than its {model.StatementTimeout.TotalSeconds:0} s statement timeout",
            time.GetUtcNow());
        await GatewayEnvelope.WriteErrorAsync(context, StatusCodes.Status504GatewayTimeout,
            $"The query ran longer than {model.StatementTimeout.TotalSeconds:0} s and was cancelled.");
    }

    /// <summary>503 naming the reason class (authentication failed, connection refused…) outside
    /// production; production says only that the datasource is unavailable.</summary>
    private async Task WriteUnreachableAsync(HttpContext context, DatasourceModel datasource, Exception exception, string reason)
    {
        Log.DatasourceUnavailable(logger, exception, datasource.Name, reason);
        datasource.Health.RecordFailure("unreachable: " + reason, time.GetUtcNow());
        context.Response.Headers.RetryAfter = RetryAfterSeconds;
        await GatewayEnvelope.WriteErrorAsync(context, StatusCodes.Status503ServiceUnavailable,
            settings.Environment == DeploymentEnvironment.Production
                ? "The datasource is unavailable. Retry shortly."
                : $"Datasource '{datasource.Name}' is unreachable: {reason}. Retry shortly.");
    }
}
