using Sluice.Core.Scripting;
using Sluice.Server.Gateway.Pipeline;

namespace Sluice.Server.Gateway.Execution;

/// <summary>Maps how a script run ended (a script API, a validator, a result transform) to the
/// gateway's answer: a thrown <c>HttpError</c> answers its status; any other script error a 500
/// with the message and line for authors and on local servers, generic elsewhere (logged with
/// the request id); a timeout 504; a limit 500 naming the limit.</summary>
internal static class ScriptOutcomes
{
    /// <summary>The error to answer, or null for a success or a cancelled run (the caller went away).</summary>
    public static GatewayError? ErrorOf(ScriptOutcome outcome, ApiCall call, ExecutorServices services, string what)
    {
        var model = call.Model;
        switch (outcome.Kind)
        {
            case ScriptOutcomeKind.Success or ScriptOutcomeKind.Cancelled:
                return null;
            case ScriptOutcomeKind.HttpError:
                return new GatewayError(GatewayErrorKind.ScriptHttpError, outcome.Message ?? "", outcome.Status);
            case ScriptOutcomeKind.Timeout:
                Log.ScriptStopped(services.Logger, what, model.Api.Id, model.Api.Path, call.RequestId, outcome.Message!);
                return GatewayError.TimedOut(outcome.Message!);
            case ScriptOutcomeKind.LimitExceeded:
                Log.ScriptStopped(services.Logger, what, model.Api.Id, model.Api.Path, call.RequestId, outcome.Message!);
                return new GatewayError(GatewayErrorKind.ScriptLimit, outcome.Message!);
            default:
                var located = outcome.Line > 0 ? $"line {outcome.Line}, column {outcome.Column}: {outcome.Message}" : outcome.Message ?? "";
                if (!call.ForAuthor)
                {
                    Log.ScriptFailed(services.Logger, what, model.Api.Id, model.Api.Path, call.RequestId, located);
                }
                return new GatewayError(GatewayErrorKind.ScriptFailed, call.ForAuthor || services.Settings.IsLocal
                    ? $"The API's {what} failed: {located}"
                    : $"The API's {what} failed; the server log has the details under request id {call.RequestId}.");
        }
    }
}
