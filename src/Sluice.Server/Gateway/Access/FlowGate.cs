using System.Globalization;
using Microsoft.AspNetCore.Http;
using Sluice.Core.Flow;
using Sluice.Core.Settings;
using Sluice.Server.Gateway.Pipeline;

namespace Sluice.Server.Gateway.Access;

/// <summary>Admits a request past the concurrency and rate limits (asked together, see
/// <see cref="IFlowLimiter"/>), or answers 503/429 with Retry-After. Rate limit precedence: the API's (per client, per API), else the client's
/// (per client, across APIs), else FLOW_CONTROL_RATE_LIMIT_PER_MINUTE; 0 means unlimited.</summary>
internal sealed class FlowGate(IFlowLimiter limiter, SluiceSettings settings)
{
    /// <summary>The held concurrency lease (null when unlimited), or the refusal (nothing is written).</summary>
    public async ValueTask<(ConcurrencyLease? Lease, GatewayError? Refusal)> EnterAsync(HttpContext context, ApiModel model, GatewayCaller caller)
    {
        var max = caller.Client?.Client.MaxConcurrent ?? settings.MaxConcurrentPerClient;
        var (limit, key) = settings.RateLimitEnabled ? RateLimitFor(model, caller) : (0, "");
        var admission = await limiter.AdmitAsync(new FlowLimits(caller.FlowKey, max, key, limit), context.RequestAborted);
        if (admission.SlotRefused)
        {
            return (null, new GatewayError(GatewayErrorKind.ConcurrencyLimited,
                $"Too many requests in flight for this caller (at most {max} at once); retry shortly."));
        }
        if (admission.Rate is not { } decision)
        {
            return (admission.Lease, null);
        }
        var headers = context.Response.Headers;
        headers["X-RateLimit-Limit"] = decision.Limit.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Remaining"] = decision.Remaining.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Reset"] = decision.ResetAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        if (decision.Allowed)
        {
            return (admission.Lease, null);
        }
        var seconds = Math.Max(1, (int)Math.Ceiling(decision.RetryAfter.TotalSeconds));
        headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return (null, new GatewayError(GatewayErrorKind.RateLimited, $"Rate limit of {decision.Limit} requests per minute reached; retry in {seconds} s."));
    }

    private (int Limit, string Key) RateLimitFor(ApiModel model, GatewayCaller caller)
    {
        if (model.Api.RateLimitPerMinute is > 0 and var perApi)
        {
            return (perApi, "api:" + model.Api.Id.ToString(CultureInfo.InvariantCulture) + ":" + caller.FlowKey);
        }
        return (caller.Client?.Client.RateLimitPerMinute ?? settings.RateLimitPerMinute, caller.FlowKey);
    }
}
