using System.Text.Json.Nodes;
using Sluice.IntegrationTests.Gateway;
using Sluice.IntegrationTests.Infrastructure;

namespace Sluice.IntegrationTests.Security;

/// <summary>A gateway with a private API, and helpers to make clients and groups.</summary>
public sealed class SecurityFixture : GatewayFixture<SqliteTestDatasource>
{
    public async Task<(long Id, string Path)> PrivateApiAsync() =>
        await PublishAsync("SELECT COUNT(*) AS n FROM items", extra: new() { ["access_type"] = "private" });

    public async Task<Client> ClientAsync(object? grants = null)
    {
        var body = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(grants ?? new { }))!.AsObject();
        body["name"] ??= "client-" + Guid.NewGuid().ToString("N")[..8];
        using var created = await Server.Http.PostJsonAsync("/api/v1/clients", body, Token);
        var json = await created.ReadJsonAsync();
        Assert.True(created.IsSuccessStatusCode, json.ToJsonString());
        return new Client((long)json["id"]!, (string)json["client_id"]!, (string)json["client_secret"]!);
    }

    public async Task<long> GroupAsync(long[] apiIds, bool isActive = true)
    {
        using var created = await Server.Http.PostJsonAsync("/api/v1/groups", new { name = "group-" + Guid.NewGuid().ToString("N")[..8], api_ids = apiIds, is_active = isActive }, Token);
        var json = await created.ReadJsonAsync();
        Assert.True(created.IsSuccessStatusCode, json.ToJsonString());
        return (long)json["id"]!;
    }

    public async Task<string> TokenForAsync(Client client)
    {
        using var response = await Server.Http.PostJsonAsync("/api/token/generate",
            new { client_id = client.ClientId, client_secret = client.Secret, grant_type = "client_credentials" });
        var json = await response.ReadJsonAsync();
        Assert.True(response.IsSuccessStatusCode, json.ToJsonString());
        return (string)json["access_token"]!;
    }

    public async Task<HttpResponseMessage> CallAsync(string path, string? token) => await Server.Http.GetAsync($"/api/{path}", token);
}

public sealed record Client(long Id, string ClientId, string Secret);
