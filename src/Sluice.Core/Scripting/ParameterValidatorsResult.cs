namespace Sluice.Core.Scripting;

/// <summary>The outcome of compiling an API version's validate scripts.</summary>
/// <param name="Validators">The compiled scripts; null when no parameter has one, or when
/// <paramref name="Errors"/> is not empty.</param>
/// <param name="Errors">Every script refused, each naming its parameter.</param>
public sealed record ParameterValidatorsResult(ParameterValidators? Validators, IReadOnlyList<string> Errors);
