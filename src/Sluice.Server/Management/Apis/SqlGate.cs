using Microsoft.AspNetCore.Http;

namespace Sluice.Server.Management.Apis;

/// <summary>The SQL check's verdict on a commit or publish.</summary>
/// <param name="Refusal">The 409 to answer instead; null when the change may go ahead.</param>
/// <param name="ResultColumns">The result columns to store with the version (JSON), or null.</param>
internal sealed record SqlGate(IResult? Refusal, string? ResultColumns);
