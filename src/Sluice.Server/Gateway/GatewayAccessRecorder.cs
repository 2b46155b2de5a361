using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Sluice.Core.AccessLogs;
using Sluice.Core.Settings;
using Sluice.Server.Gateway.Access;
using Sluice.Server.Gateway.Pipeline;
using Sluice.Server.Observability.AccessLogs;
using Sluice.Server.Observability.Metrics;

namespace Sluice.Server.Gateway;

/// <summary>Records every gateway request — served, rejected or not found — once it is answered.
/// Authorization headers and cookies are never recorded; the body only with
/// GATEWAY_ACCESS_LOG_BODY, credentials masked and truncated (<see cref="LoggedBody"/>).</summary>
internal sealed class GatewayAccessRecorder(RequestDelegate next, IAccessLog log, GatewayMetrics metrics, SluiceSettings settings, TimeProvider time)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        if (!RouteLayout.IsGatewayTraffic(path))
        {
            await next(context);
            return;
        }
        if (settings.AccessLogBody)
        {
            context.Request.EnableBuffering();
        }
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var request = GatewayRequest.Find(context);
            var caller = request?.Caller;
            var status = context.RequestAborted.IsCancellationRequested && !context.Response.HasStarted ? 499 : context.Response.StatusCode;
            var milliseconds = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            metrics.Answered(status, milliseconds, request?.Error?.Kind);
            log.Record(new AccessRecord
            {
                CreatedAt = time.GetUtcNow(),
                RequestId = context.TraceIdentifier,
                ApiId = request?.Model?.Api.Id,
                ClientId = caller?.Client?.Client.ClientId,
                Ip = caller?.Address ?? ClientAddress.Of(context),
                Method = context.Request.Method,
                Path = path.Value ?? "",
                Status = status,
                DurationMs = milliseconds,
                RequestBody = settings.AccessLogBody ? await LoggedBody.ReadAsync(context.Request) : null,
                UserAgent = Truncate(context.Request.Headers.UserAgent.ToString(), 512),
            });
        }
    }


    private static string? Truncate(string value, int length) => value.Length == 0 ? null : value.Length <= length ? value : value[..length];
}
