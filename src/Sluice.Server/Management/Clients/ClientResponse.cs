using Sluice.Core.Clients;

namespace Sluice.Server.Management.Clients;

/// <summary>A client as the API shows it. <c>client_secret</c> is present only in the answer to
/// a create or a rotation.</summary>
internal sealed record ClientResponse(long Id, string ClientId, string Name, string? Description, int? RateLimitPerMinute, int? MaxConcurrent,
    int? TokenExpireSeconds, bool IsActive, IReadOnlyList<long> ApiIds, IReadOnlyList<long> GroupIds, DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt, string? ClientSecret = null)
{
    public static ClientResponse From(ClientRecord client, IReadOnlyList<long> apiIds, IReadOnlyList<long> groupIds, string? secret = null) =>
        new(client.Id, client.ClientId, client.Name, client.Description, client.RateLimitPerMinute, client.MaxConcurrent, client.TokenExpireSeconds,
            client.IsActive, apiIds, groupIds, client.CreatedAt, client.UpdatedAt, secret);
}
