using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Sluice.IntegrationTests.Infrastructure;
using Sluice.IntegrationTests.Permissions;

namespace Sluice.IntegrationTests.Security;

/// <summary><c>POST /api/v1/clients/{id}/try-token</c>: the dashboard's short-lived token for
/// calling a client's APIs as that client, over real HTTP.</summary>
public sealed class ClientTryTokenTests(SecurityFixture fixture) : IClassFixture<SecurityFixture>
{
    private HttpClient Http => fixture.Server.Http;

    [Fact]
    public async Task TryToken_GrantedApi_IsServedAndTokenLivesAtMostFiveMinutes()
    {
        var (apiId, path) = await fixture.PrivateApiAsync();
        var client = await fixture.ClientAsync(new { api_ids = new[] { apiId } });

        using var issued = await Http.PostJsonAsync($"/api/v1/clients/{client.Id}/try-token", new { }, fixture.Token);
        var json = await issued.ReadJsonAsync();

        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        Assert.Equal("bearer", (string?)json["token_type"]);
        Assert.InRange((int)json["expires_in"]!, 1, 300);
        var token = (string)json["access_token"]!;
        using (var served = await fixture.CallAsync(path, token))
        {
            Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        }
        // Past five minutes (and the clock skew) the token is refused, though the client's own tokens live an hour.
        fixture.Server.Time.Advance(TimeSpan.FromSeconds(301 + 30));
        using var expired = await fixture.CallAsync(path, token);
        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
    }

    [Fact]
    public async Task TryToken_ApiNotGranted_Returns403()
    {
        var (_, path) = await fixture.PrivateApiAsync();
        var client = await fixture.ClientAsync();

        using var issued = await Http.PostJsonAsync($"/api/v1/clients/{client.Id}/try-token", new { }, fixture.Token);
        var token = (string)(await issued.ReadJsonAsync())["access_token"]!;

        using var refused = await fixture.CallAsync(path, token);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task TryToken_WithoutClientUpdate_Returns403NamingThePermission()
    {
        var client = await fixture.ClientAsync();
        var actors = await Actors.ForAsync(fixture.Server);
        var (_, reader) = await actors.UserAsync("client:read", "api:read");

        using var refused = await Http.PostJsonAsync($"/api/v1/clients/{client.Id}/try-token", new { }, reader);

        await Actors.AssertForbiddenAsync(refused, "client:update");
    }

    [Fact]
    public async Task TryToken_InactiveClient_Returns409SayingSo()
    {
        var client = await fixture.ClientAsync(new { is_active = false });

        using var refused = await Http.PostJsonAsync($"/api/v1/clients/{client.Id}/try-token", new { }, fixture.Token);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("inactive", (string?)(await refused.ReadJsonAsync())["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task TryToken_Issued_IsAuditedAgainstTheClientWithoutTheToken()
    {
        var client = await fixture.ClientAsync();
        using var issued = await Http.PostJsonAsync($"/api/v1/clients/{client.Id}/try-token", new { }, fixture.Token);
        var token = (string)(await issued.ReadJsonAsync())["access_token"]!;

        using var audit = await Http.GetAsync(
            $"/api/v1/audit?action=try_token&resource_type=client&resource_id={client.Id.ToString(CultureInfo.InvariantCulture)}", fixture.Token);
        var text = await audit.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, audit.StatusCode);
        Assert.Equal(1, (int)JsonNode.Parse(text)!["total"]!);
        Assert.DoesNotContain(token, text, StringComparison.Ordinal);
    }
}
