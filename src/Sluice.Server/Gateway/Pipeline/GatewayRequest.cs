using Microsoft.AspNetCore.Http;
using Sluice.Server.Gateway.Access;

namespace Sluice.Server.Gateway.Pipeline;

/// <summary>The per-request state of the gateway, as one feature on the request: the API being
/// served, the caller once known, whether rows have started, and the error it stopped with.
/// The access record and the metrics read it when the request is done.</summary>
internal sealed class GatewayRequest
{
    /// <summary>The published API the route matched; null for 404/405 and the token endpoint.</summary>
    public ApiModel? Model { get; set; }

    /// <summary>Who is calling, once authorized.</summary>
    public GatewayCaller? Caller { get; set; }

    /// <summary>True once rows are being written: a later error can only break the stream.</summary>
    public bool Streaming { get; set; }

    /// <summary>The expected stop the request ended with, if any.</summary>
    public GatewayError? Error { get; set; }

    /// <summary>The request's state, made on first use.</summary>
    public static GatewayRequest Of(HttpContext context)
    {
        var features = context.Features;
        var request = features.Get<GatewayRequest>();
        if (request is null)
        {
            request = new GatewayRequest();
            features.Set(request);
        }
        return request;
    }

    /// <summary>The request's state if the gateway made one.</summary>
    public static GatewayRequest? Find(HttpContext context) => context.Features.Get<GatewayRequest>();
}
