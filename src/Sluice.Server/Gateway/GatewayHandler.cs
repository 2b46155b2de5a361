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
/// expected failure is an envelope with the DESIGN.md status code, never a 500.</summary>
internal sealed class GatewayHandler(GatewaySnapshots snapshots, GatewayAccess access, FlowGate flow, SluiceSettings settings,
    ILogger<GatewayHandler> logger)
{
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
            await WriteUnreachableAsync(context, datasource, exception, Unreachability.ReasonFor(exception) ?? "no connection within the connect timeout");
            return;
        }
        await using (connection)
        {
            try
            {
                await StatementRunner.RunAsync(context, model, connection, rendered.Command, window, settings.GatewayMaxResponseRows, timeout.Token);
            }
            catch (Exception exception) when (timeout.IsCancellationRequested && !context.RequestAborted.IsCancellationRequested)
            {
                _ = exception;
                Log.QueryTimedOut(logger, model.Api.Id, model.Api.Path, model.StatementTimeout.TotalSeconds);
                await GatewayEnvelope.WriteErrorAsync(context, StatusCodes.Status504GatewayTimeout,
                    $"The query ran longer than {model.StatementTimeout.TotalSeconds:0} s and was cancelled.");
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
                Log.QueryFailed(logger, exception, model.Api.Id, model.Api.Path, datasource.Name);
                var failure = datasource.Pool.Describe(connection, exception);
                await GatewayEnvelope.WriteErrorAsync(context, failure.Kind switch
                {
                    StatementFailureKind.Busy => StatusCodes.Status503ServiceUnavailable,
                    _ => StatusCodes.Status400BadRequest,
                }, failure.Kind switch
                {
                    // Sluice's own explanations hold nothing of the database's; show them everywhere.
                    StatementFailureKind.Refused or StatementFailureKind.Busy => failure.Message,
                    _ when settings.Environment == DeploymentEnvironment.Production => "The query failed; the server log has the database's message under this request's id.",
                    _ => "The query failed: " + failure.Message,
                });
            }
        }
    }

    private async Task WriteUnreachableAsync(HttpContext context, DatasourceModel datasource, Exception exception, string reason)
    {
        Log.DatasourceUnavailable(logger, exception, datasource.Name);
        await GatewayEnvelope.WriteErrorAsync(context, StatusCodes.Status503ServiceUnavailable,
            $"Datasource '{datasource.Name}' is unreachable: {reason}. Retry shortly.");
    }
}
