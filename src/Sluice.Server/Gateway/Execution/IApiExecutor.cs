using Sluice.Server.Gateway.Pipeline;

namespace Sluice.Server.Gateway.Execution;

/// <summary>Runs a compiled API for one call — a gateway request, a debug run or a test case
/// alike — writing the answer through <see cref="ApiCall.Output"/>, or returning why it stopped
/// (null with nothing written when the caller went away).</summary>
internal interface IApiExecutor
{
    /// <summary>Runs the call.</summary>
    Task<GatewayError?> ExecuteAsync(ApiCall call);
}
