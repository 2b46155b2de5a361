using System.Globalization;
using Microsoft.AspNetCore.Http;
using Sluice.Core.Flow;
using Sluice.Core.Settings;
using Sluice.Server.Gateway.Pipeline;

namespace Sluice.Server.Gateway.Access;

/// <summary>GATEWAY_TOKEN_RATE_LIMIT_PER_MINUTE token requests per client IP, shared across nodes
/// when Redis is configured: guessing secrets stays slow.</summary>
internal sealed class TokenRequestLimit(IRateLimiter rates, SluiceSettings settings)
{
    public async Task<bool> AdmitAsync(HttpContext context)
    {
        if (settings.GatewayTokenRateLimitPerMinute <= 0)
        {
            return true;
        }
        var address = ClientAddress.Of(context);
        var decision = await rates.AcquireAsync("token:" + address, settings.GatewayTokenRateLimitPerMinute, context.RequestAborted);
        if (decision.Allowed)
        {
            return true;
        }
        var seconds = Math.Max(1, (int)Math.Ceiling(decision.RetryAfter.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await GatewayErrors.WriteAsync(context, new GatewayError(GatewayErrorKind.RateLimited, $"Too many token requests from this address; retry in {seconds} s."));
        return false;
    }
}
