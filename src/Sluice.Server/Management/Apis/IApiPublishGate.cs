using Microsoft.AspNetCore.Http;
using Sluice.Core.Apis;

namespace Sluice.Server.Management.Apis;

/// <summary>A check a version must pass before it is published. Gates run in the order they are
/// registered (<see cref="ApiAuthoringServices"/>); the first refusal is the answer, unless the
/// publish request says <c>force</c>, which skips them all.</summary>
internal interface IApiPublishGate
{
    /// <summary>Null when <paramref name="version"/> may be published; else the problem to answer
    /// (a 409 saying what failed and that <c>"force": true</c> publishes anyway).</summary>
    Task<IResult?> CheckAsync(ApiRecord api, ApiVersionRecord version, CancellationToken cancellationToken);
}
