namespace Sluice.Core.Checks;

/// <summary>One set of made-up parameter values a template is rendered with for a check.</summary>
/// <param name="Label">What the case is, for the report: "with optional parameters absent".</param>
/// <param name="Values">The bound values, as the gateway would pass them to the template.</param>
public sealed record SampleCase(string Label, IReadOnlyDictionary<string, object?> Values);
