namespace Sluice.IntegrationTests.Fuzz;

/// <summary>One operation of an OpenAPI document: what the fuzzer aims its requests at.</summary>
internal sealed record FuzzRoute(string Method, string Template, IReadOnlyList<string> QueryNames, IReadOnlyList<string> BodyFields);
