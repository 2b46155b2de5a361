using System.Net;
using Sluice.IntegrationTests.Infrastructure;

namespace Sluice.IntegrationTests.Security;

/// <summary>Tokens, grants and revocation, over real HTTP.</summary>
public sealed class GatewaySecurityTests(SecurityFixture fixture) : IClassFixture<SecurityFixture>
{
    private HttpClient Http => fixture.Server.Http;

    [Fact]
    public async Task PrivateApi_GrantedClient_IsServed()
    {
        var (apiId, path) = await fixture.PrivateApiAsync();
        var client = await fixture.ClientAsync(new { api_ids = new[] { apiId } });

        using var response = await fixture.CallAsync(path, await fixture.TokenForAsync(client));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task PrivateApi_NoMalformedOrForeignToken_Returns401()
    {
        var (_, path) = await fixture.PrivateApiAsync();
        using (var none = await fixture.CallAsync(path, null))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
            Assert.False((bool)(await none.ReadJsonAsync())["success"]!);
        }
        using (var malformed = await fixture.CallAsync(path, "not.a.jwt"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, malformed.StatusCode);
        }
        using var dashboard = await fixture.CallAsync(path, fixture.Token);
        Assert.Equal(HttpStatusCode.Unauthorized, dashboard.StatusCode);
    }

    [Fact]
    public async Task ManagementApi_GatewayToken_Returns401()
    {
        var client = await fixture.ClientAsync();
        using var response = await Http.GetAsync("/api/v1/users/me", await fixture.TokenForAsync(client));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task PrivateApi_ClientNotGranted_Returns403SayingSo()
    {
        var (_, path) = await fixture.PrivateApiAsync();
        var client = await fixture.ClientAsync();
        using var response = await fixture.CallAsync(path, await fixture.TokenForAsync(client));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("not granted", (string?)(await response.ReadJsonAsync())["message"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task PrivateApi_GrantThroughGroup_FollowsTheGroupsActiveFlag()
    {
        var (apiId, path) = await fixture.PrivateApiAsync();
        var activeGroup = await fixture.GroupAsync([apiId]);
        var inactiveGroup = await fixture.GroupAsync([apiId], isActive: false);
        var viaActive = await fixture.ClientAsync(new { group_ids = new[] { activeGroup } });
        var viaInactive = await fixture.ClientAsync(new { group_ids = new[] { inactiveGroup } });

        using (var allowed = await fixture.CallAsync(path, await fixture.TokenForAsync(viaActive)))
        {
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }
        using (var denied = await fixture.CallAsync(path, await fixture.TokenForAsync(viaInactive)))
        {
            Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        }
        using (await Http.PatchJsonAsync($"/api/v1/groups/{activeGroup}", new { is_active = false }, fixture.Token))
        using (var revoked = await fixture.CallAsync(path, await fixture.TokenForAsync(viaActive)))
        {
            Assert.Equal(HttpStatusCode.Forbidden, revoked.StatusCode);
        }
    }

    [Fact]
    public async Task Token_DeactivatedClient_StopsWorkingAtOnce()
    {
        var (apiId, path) = await fixture.PrivateApiAsync();
        var client = await fixture.ClientAsync(new { api_ids = new[] { apiId } });
        var token = await fixture.TokenForAsync(client);

        using (await Http.PatchJsonAsync($"/api/v1/clients/{client.Id}", new { is_active = false }, fixture.Token))
        using (var response = await fixture.CallAsync(path, token))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
        using var refused = await Http.PostJsonAsync("/api/token/generate", new { client_id = client.ClientId, client_secret = client.Secret, grant_type = "client_credentials" });
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task Token_ClientDeactivatedThenReactivated_OldTokenStays401AndNewTokenWorks()
    {
        var (apiId, path) = await fixture.PrivateApiAsync();
        var client = await fixture.ClientAsync(new { api_ids = new[] { apiId } });
        var oldToken = await fixture.TokenForAsync(client);
        using (var served = await fixture.CallAsync(path, oldToken))
        {
            Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        }

        using (var off = await Http.PatchJsonAsync($"/api/v1/clients/{client.Id}", new { is_active = false }, fixture.Token))
        using (var on = await Http.PatchJsonAsync($"/api/v1/clients/{client.Id}", new { is_active = true }, fixture.Token))
        {
            Assert.Equal(HttpStatusCode.OK, off.StatusCode);
            Assert.Equal(HttpStatusCode.OK, on.StatusCode);
        }

        using (var old = await fixture.CallAsync(path, oldToken))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, old.StatusCode);
            Assert.Contains("revoked", (string?)(await old.ReadJsonAsync())["message"], StringComparison.Ordinal);
        }
        using var fresh = await fixture.CallAsync(path, await fixture.TokenForAsync(client));
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
    }

    [Fact]
    public async Task Token_ClientDeletedAndRecreatedWithTheSameName_OldTokenReturns401()
    {
        var (apiId, path) = await fixture.PrivateApiAsync();
        var name = "recreated-" + Guid.NewGuid().ToString("N")[..8];
        var first = await fixture.ClientAsync(new { name, api_ids = new[] { apiId } });
        var oldToken = await fixture.TokenForAsync(first);

        using (var delete = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/clients/{first.Id}"))
        {
            delete.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", fixture.Token);
            using var deleted = await Http.SendAsync(delete);
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }
        var second = await fixture.ClientAsync(new { name, api_ids = new[] { apiId } });

        using (var old = await fixture.CallAsync(path, oldToken))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, old.StatusCode);
        }
        using var fresh = await fixture.CallAsync(path, await fixture.TokenForAsync(second));
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
    }

    [Fact]
    public async Task Token_FromBeforeSecretRotation_Returns401AndNewSecretWorks()
    {
        var (apiId, path) = await fixture.PrivateApiAsync();
        var client = await fixture.ClientAsync(new { api_ids = new[] { apiId } });
        var oldToken = await fixture.TokenForAsync(client);

        using var rotated = await Http.PostJsonAsync($"/api/v1/clients/{client.Id}/secret", new { }, fixture.Token);
        var newSecret = (string)(await rotated.ReadJsonAsync())["client_secret"]!;
        Assert.NotEqual(client.Secret, newSecret);

        using (var old = await fixture.CallAsync(path, oldToken))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, old.StatusCode);
        }
        using (var oldSecret = await Http.PostJsonAsync("/api/token/generate", new { client_id = client.ClientId, client_secret = client.Secret, grant_type = "client_credentials" }))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, oldSecret.StatusCode);
        }
        using var fresh = await fixture.CallAsync(path, await fixture.TokenForAsync(client with { Secret = newSecret }));
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
    }

    [Fact]
    public async Task Token_Expired_Returns401()
    {
        var (apiId, path) = await fixture.PrivateApiAsync();
        var client = await fixture.ClientAsync(new { api_ids = new[] { apiId }, token_expire_seconds = 60 });
        var token = await fixture.TokenForAsync(client);
        // Served first (so the checked token is remembered), refused once it has expired.
        using (var fresh = await fixture.CallAsync(path, token))
        {
            Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        }
        fixture.Server.Time.Advance(TimeSpan.FromSeconds(120));

        using var response = await fixture.CallAsync(path, token);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task TokenGenerate_BadInput_ClearErrors()
    {
        var client = await fixture.ClientAsync();
        using (var grant = await Http.PostJsonAsync("/api/token/generate", new { client_id = client.ClientId, client_secret = client.Secret, grant_type = "password" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, grant.StatusCode);
            Assert.Contains("grant_type", (string?)(await grant.ReadJsonAsync())["message"], StringComparison.Ordinal);
        }
        using (var wrong = await Http.PostJsonAsync("/api/token/generate", new { client_id = client.ClientId, client_secret = "wrong", grant_type = "client_credentials" }))
        using (var unknown = await Http.PostJsonAsync("/api/token/generate", new { client_id = "cl_nobody", client_secret = "wrong", grant_type = "client_credentials" }))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
            Assert.Equal("Invalid client_id or client_secret", (string?)(await wrong.ReadJsonAsync())["message"]);
            Assert.Equal("Invalid client_id or client_secret", (string?)(await unknown.ReadJsonAsync())["message"]);
        }
        using var missing = await Http.PostJsonAsync("/api/token/generate", new { });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
    }

    [Fact]
    public async Task TokenGenerate_FormBodyAndLegacyPath_Work()
    {
        var client = await fixture.ClientAsync();
        using var response = await Http.PostAsync("/token/generate", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = client.ClientId, ["client_secret"] = client.Secret, ["grant_type"] = "client_credentials",
        }));
        var body = await response.ReadJsonAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("bearer", (string?)body["token_type"]);
        Assert.True((int)body["expires_in"]! > 0);
    }

    [Fact]
    public async Task Clients_SecretShownOnlyOnCreateAndRotation()
    {
        var client = await fixture.ClientAsync();
        using var read = await Http.GetAsync($"/api/v1/clients/{client.Id}", fixture.Token);
        var text = await read.Content.ReadAsStringAsync();
        Assert.DoesNotContain(client.Secret, text, StringComparison.Ordinal);
        Assert.DoesNotContain("secret_hash", text, StringComparison.Ordinal);

        using var unknownGrant = await Http.PatchJsonAsync($"/api/v1/clients/{client.Id}", new { api_ids = new[] { 987_654 } }, fixture.Token);
        Assert.Equal(HttpStatusCode.BadRequest, unknownGrant.StatusCode);
        Assert.Contains("987654", (string?)(await unknownGrant.ReadJsonAsync())["errors"]!["api_ids"]![0], StringComparison.Ordinal);
    }
}
