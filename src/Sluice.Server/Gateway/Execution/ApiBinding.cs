using Sluice.Core.Parameters;
using Sluice.Server.Gateway.Pipeline;

namespace Sluice.Server.Gateway.Execution;

/// <summary>Binds a call's inputs by the API's parameter rules, then runs its validate scripts;
/// every refusal joins one 400. The gateway and authoring runs bind through here.</summary>
internal static class ApiBinding
{
    /// <summary>The bound values, or the 400 naming every parameter refused.</summary>
    public static async ValueTask<(IReadOnlyDictionary<string, object?>? Values, GatewayError? Error)> BindAsync(ApiModel model, RequestInputs inputs,
        ExecutorServices services, CancellationToken cancellationToken)
    {
        var bound = model.Binder.Bind(inputs);
        IReadOnlyList<ParamError> errors = bound.Errors;
        if (model.Validators is { } validators)
        {
            var refused = await validators.RunAsync(services.Sandbox, bound.Values, cancellationToken);
            if (refused.Count > 0)
            {
                errors = [.. errors, .. refused];
            }
        }
        return errors.Count == 0 ? (bound.Values, null) : (null, GatewayError.InvalidParameters(string.Join(" ", errors.Select(e => e.Message))));
    }
}
