using System.Collections.Frozen;
using Microsoft.AspNetCore.Http;
using Sluice.Server.Gateway.Results;

namespace Sluice.Server.Gateway.Pipeline;

/// <summary>The one table of the gateway's stops: status, whether to send Retry-After, and the
/// metric label; and the one place an error is written as the envelope.</summary>
internal static class GatewayErrors
{
    // A lost lock race or an outage: a second is enough for the other side to finish or come back.
    private const string RetryAfterSeconds = "1";

    private static readonly FrozenDictionary<GatewayErrorKind, GatewayErrorRule> Rules = new Dictionary<GatewayErrorKind, GatewayErrorRule>
    {
        [GatewayErrorKind.NotFound] = new(StatusCodes.Status404NotFound, false, "not_found"),
        [GatewayErrorKind.MethodNotAllowed] = new(StatusCodes.Status405MethodNotAllowed, false, "method_not_allowed"),
        [GatewayErrorKind.Unauthorized] = new(StatusCodes.Status401Unauthorized, false, "unauthorized"),
        [GatewayErrorKind.Forbidden] = new(StatusCodes.Status403Forbidden, false, "forbidden"),
        [GatewayErrorKind.ConcurrencyLimited] = new(StatusCodes.Status503ServiceUnavailable, true, "concurrency_limited"),
        [GatewayErrorKind.RateLimited] = new(StatusCodes.Status429TooManyRequests, false, "rate_limited"),
        [GatewayErrorKind.BadRequest] = new(StatusCodes.Status400BadRequest, false, "bad_request"),
        [GatewayErrorKind.InvalidParameters] = new(StatusCodes.Status400BadRequest, false, "invalid_parameters"),
        [GatewayErrorKind.TemplateFailed] = new(StatusCodes.Status500InternalServerError, false, "template_failed"),
        [GatewayErrorKind.DatasourceInactive] = new(StatusCodes.Status503ServiceUnavailable, false, "datasource_inactive"),
        [GatewayErrorKind.DatasourceUnreachable] = new(StatusCodes.Status503ServiceUnavailable, true, "datasource_unreachable"),
        [GatewayErrorKind.Timeout] = new(StatusCodes.Status504GatewayTimeout, false, "timeout"),
        [GatewayErrorKind.QueryBroken] = new(StatusCodes.Status500InternalServerError, false, "query_broken"),
        [GatewayErrorKind.Busy] = new(StatusCodes.Status503ServiceUnavailable, true, "busy"),
        [GatewayErrorKind.Integrity] = new(StatusCodes.Status409Conflict, false, "integrity"),
        [GatewayErrorKind.InvalidInput] = new(StatusCodes.Status400BadRequest, false, "invalid_input"),
        [GatewayErrorKind.Refused] = new(StatusCodes.Status400BadRequest, false, "refused"),
        [GatewayErrorKind.QueryFailed] = new(StatusCodes.Status400BadRequest, false, "query_failed"),
        [GatewayErrorKind.ScriptHttpError] = new(StatusCodes.Status400BadRequest, false, "script_http_error"),
        [GatewayErrorKind.ScriptFailed] = new(StatusCodes.Status500InternalServerError, false, "script_failed"),
        [GatewayErrorKind.ScriptLimit] = new(StatusCodes.Status500InternalServerError, false, "script_limit"),
    }.ToFrozenDictionary();

    /// <summary>The rule of a kind.</summary>
    public static GatewayErrorRule Of(GatewayErrorKind kind) => Rules[kind];

    /// <summary>Answers <paramref name="error"/> in the gateway envelope (or breaks a response
    /// whose rows already started) and remembers it on the request for the access record and
    /// the metrics.</summary>
    public static Task WriteAsync(HttpContext context, GatewayError error)
    {
        var request = GatewayRequest.Of(context);
        request.Error = error;
        if (Of(error.Kind).RetryAfter && !context.Response.HasStarted && !request.Streaming)
        {
            context.Response.Headers.RetryAfter = RetryAfterSeconds;
        }
        return GatewayEnvelope.WriteErrorAsync(context, error.Status, error.Message, request.Streaming);
    }
}

/// <summary>How one kind of stop is answered.</summary>
/// <param name="Status">Its HTTP status (unless the error carries its own).</param>
/// <param name="RetryAfter">Whether the answer says to retry in a second.</param>
/// <param name="MetricLabel">The <c>reason</c> label of <c>sluice_gateway_errors_total</c>.</param>
internal sealed record GatewayErrorRule(int Status, bool RetryAfter, string MetricLabel)
{
    /// <summary>The label as a metric tag, made once.</summary>
    public KeyValuePair<string, object?> Tag { get; } = new("reason", MetricLabel);
}
