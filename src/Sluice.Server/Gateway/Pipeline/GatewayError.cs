using Microsoft.AspNetCore.Http;

namespace Sluice.Server.Gateway.Pipeline;

/// <summary>Why a gateway request stopped, as a value: the kind (which fixes status, Retry-After
/// and metric through <see cref="GatewayErrors"/>), the caller-facing message, and a status only
/// for the kinds whose status travels with them.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="Message">What the caller reads in the envelope.</param>
/// <param name="ExplicitStatus">The status for <see cref="GatewayErrorKind.BadRequest"/>,
/// <see cref="GatewayErrorKind.QueryFailed"/> and <see cref="GatewayErrorKind.ScriptHttpError"/>; else 0.</param>
internal sealed record GatewayError(GatewayErrorKind Kind, string Message, int ExplicitStatus = 0)
{
    /// <summary>The HTTP status this error answers with.</summary>
    public int Status => ExplicitStatus != 0 ? ExplicitStatus : GatewayErrors.Of(Kind).Status;

    /// <summary>A 400 for parameters the binder, the template or a validator refused.</summary>
    public static GatewayError InvalidParameters(string detail) => new(GatewayErrorKind.InvalidParameters, "Invalid parameters: " + detail);

    /// <summary>An unreadable request with its own status (400, 413, 415).</summary>
    public static GatewayError BadRequest(int status, string message) => new(GatewayErrorKind.BadRequest, message, status);

    /// <summary>A 504 naming the limit that ran out.</summary>
    public static GatewayError TimedOut(string message) => new(GatewayErrorKind.Timeout, message);

    /// <summary>True when the status is a server-side failure.</summary>
    public bool IsServerError => Status >= StatusCodes.Status500InternalServerError;
}
