namespace Sluice.Core.Parameters;

/// <summary>The outcome of compiling an API's parameter definitions.</summary>
/// <param name="Binder">The binder; null when <paramref name="Errors"/> is not empty.</param>
/// <param name="Errors">Every definition problem, each naming its parameter.</param>
public sealed record ParameterBinderResult(ParameterBinder? Binder, IReadOnlyList<string> Errors);
