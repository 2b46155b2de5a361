namespace Sluice.Core.Apis;

/// <summary>An API with the version the gateway serves.</summary>
/// <param name="Api">The API's live settings.</param>
/// <param name="Version">Its published version.</param>
public sealed record PublishedApi(ApiRecord Api, ApiVersionRecord Version);
