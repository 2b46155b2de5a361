using System.Net;
using Sluice.IntegrationTests.Infrastructure;

namespace Sluice.IntegrationTests.Security;

/// <summary>Token requests are rate-limited per IP, and a signing-key rotation keeps earlier
/// tokens valid only while the old key is listed.</summary>
public sealed class TokenEndpointTests
{
    [Fact]
    public async Task TokenGenerate_OverThePerIpLimit_Returns429()
    {
        await using var store = new SqliteTestStore();
        var settings = SluiceInstance.DefaultSettings(store.DatabaseUrl);
        settings["GATEWAY_TOKEN_RATE_LIMIT_PER_MINUTE"] = "2";
        await using var server = await SluiceInstance.StartAsync(settings);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await server.Http.PostJsonAsync("/api/token/generate", new { client_id = "cl_x", client_secret = "y", grant_type = "client_credentials" });
            statuses.Add(response.StatusCode);
        }
        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task SigningKeyRotated_OldTokensVerifyOnlyWhileTheOldKeyIsListed()
    {
        await using var store = new SqliteTestStore();
        await using var database = new SqliteTestDatasource();
        await database.ExecuteAsync("CREATE TABLE t (id INTEGER)");
        var settings = SluiceInstance.DefaultSettings(store.DatabaseUrl);
        var oldKey = settings["SECRET_KEY"];
        string token;
        await using (var first = await SluiceInstance.StartAsync(settings))
        {
            var admin = (await first.Http.LoginOkAsync()).AccessToken;
            using var datasource = await first.Http.PostJsonAsync("/api/v1/datasources", new Dictionary<string, object?>(database.Definition) { ["name"] = "d" }, admin);
            var datasourceId = (long)(await datasource.ReadJsonAsync())["id"]!;
            using var api = await first.Http.PostJsonAsync("/api/v1/apis", new { name = "k", path = "k", datasource_id = datasourceId, content = "SELECT 1 AS one" }, admin);
            var apiId = (long)(await api.ReadJsonAsync())["id"]!;
            using (await first.Http.PostJsonAsync($"/api/v1/apis/{apiId}/versions", new { commit_message = "v1" }, admin))
            using (await first.Http.PostJsonAsync($"/api/v1/apis/{apiId}/publish", new { }, admin))
            {
            }
            using var client = await first.Http.PostJsonAsync("/api/v1/clients", new { name = "c", api_ids = new[] { apiId } }, admin);
            var body = await client.ReadJsonAsync();
            using var issued = await first.Http.PostJsonAsync("/api/token/generate",
                new { client_id = (string)body["client_id"]!, client_secret = (string)body["client_secret"]!, grant_type = "client_credentials" });
            token = (string)(await issued.ReadJsonAsync())["access_token"]!;
        }

        settings["SECRET_KEY"] = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        settings["SECRET_KEY_PREVIOUS"] = oldKey;
        await using (var rotated = await SluiceInstance.StartAsync(settings))
        {
            using var response = await rotated.Http.GetAsync("/api/k", token);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        settings.Remove("SECRET_KEY_PREVIOUS");
        await using var retired = await SluiceInstance.StartAsync(settings);
        using var refused = await retired.Http.GetAsync("/api/k", token);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }
}
