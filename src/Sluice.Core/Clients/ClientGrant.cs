namespace Sluice.Core.Clients;

/// <summary>A client with everything the gateway needs to authorize it, for the snapshot.</summary>
/// <param name="Client">The client row.</param>
/// <param name="ApiIds">APIs granted directly or through an active group.</param>
public sealed record ClientGrant(ClientRecord Client, IReadOnlySet<long> ApiIds);
