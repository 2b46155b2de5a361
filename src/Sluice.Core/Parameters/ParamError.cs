namespace Sluice.Core.Parameters;

/// <summary>One request input that failed one rule of its parameter.</summary>
/// <param name="Name">The parameter's name.</param>
/// <param name="Rule">The rule that failed, one of the <see cref="ParamRules"/> constants.</param>
/// <param name="Message">A sentence naming the parameter, for the 400 response, e.g.
/// "limit must be at most 100 (got 500)."</param>
public sealed record ParamError(string Name, string Rule, string Message);
