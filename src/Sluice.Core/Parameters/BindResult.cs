namespace Sluice.Core.Parameters;

/// <summary>The values bound from one request, and every input that broke a rule.</summary>
/// <param name="Values">Every declared parameter by name (null when absent without a default,
/// or invalid); nothing undeclared.</param>
/// <param name="Errors">Every failure; empty when the request may proceed.</param>
public sealed record BindResult(IReadOnlyDictionary<string, object?> Values, IReadOnlyList<ParamError> Errors)
{
    /// <summary>True when no input broke a rule.</summary>
    public bool IsValid => Errors.Count == 0;
}
