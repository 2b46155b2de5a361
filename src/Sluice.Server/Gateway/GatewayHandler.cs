using Microsoft.AspNetCore.Http;
using Sluice.Core.Settings;
using Sluice.Server.Gateway.Access;
using Sluice.Server.Gateway.Execution;
using Sluice.Server.Gateway.Pipeline;

namespace Sluice.Server.Gateway;

/// <summary>Serves one request of a published API as one pipeline: the route's model from the
/// endpoint's metadata, the per-request state in one <see cref="GatewayRequest"/> feature, then
/// authorize → admit (limits) → read inputs → bind → execute. Each step either goes on or
/// stops with a <see cref="GatewayError"/> value, answered in one place.</summary>
internal sealed class GatewayHandler(GatewaySnapshots snapshots, GatewayAccess access, FlowGate flow, SluiceSettings settings, ExecutorServices services)
{
    /// <summary>The request delegate of every published API's endpoint.</summary>
    public Task HandleAsync(HttpContext context)
    {
        var model = context.GetEndpoint()!.Metadata.GetMetadata<ApiModel>()!;
        var request = GatewayRequest.Of(context);
        request.Model = model;
        return ServeAsync(context, request, model);
    }

    private async Task ServeAsync(HttpContext context, GatewayRequest request, ApiModel model)
    {
        var error = await AdmitAndRunAsync(context, request, model);
        if (error is not null)
        {
            await GatewayErrors.WriteAsync(context, error);
        }
    }

    private async Task<GatewayError?> AdmitAndRunAsync(HttpContext context, GatewayRequest request, ApiModel model)
    {
        var (caller, denied) = await access.AuthorizeAsync(context, model, snapshots.Current);
        if (caller is null)
        {
            return denied;
        }
        request.Caller = caller;
        var (lease, refusal) = await flow.EnterAsync(context, model, caller);
        if (refusal is not null)
        {
            return refusal;
        }
        // The slot is released on every path: success, error, timeout, client disconnect.
        await using (lease)
        {
            return await RunAsync(context, model);
        }
    }

    private async Task<GatewayError?> RunAsync(HttpContext context, ApiModel model)
    {
        var (inputs, status, problem) = await RequestInputsReader.ReadAsync(context, model, settings.GatewayMaxBodyBytes);
        if (inputs is null)
        {
            return GatewayError.BadRequest(status, problem!);
        }
        var (values, refused) = await ApiBinding.BindAsync(model, inputs, services, context.RequestAborted);
        if (values is null)
        {
            return refused;
        }
        PageWindow? window = null;
        if (model.Api.Pagination)
        {
            (window, var pageError) = PageWindow.FromQuery(context.Request, settings.GatewayMaxResponseRows);
            if (window is null)
            {
                return GatewayError.InvalidParameters(pageError!);
            }
        }
        return await model.Executor.ExecuteAsync(new ApiCall
        {
            Model = model,
            Values = values,
            Window = window,
            Output = new ResponseOutput(context, settings.GatewayMaxResponseRows, model.Columns),
            RequestId = context.TraceIdentifier,
            Aborted = context.RequestAborted,
        });
    }
}
