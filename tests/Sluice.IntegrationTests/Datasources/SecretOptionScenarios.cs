using System.Net;
using System.Text.Json.Nodes;
using Sluice.Core.Datasources;
using Sluice.Core.Security;
using Sluice.Core.Storage;
using Sluice.IntegrationTests.Infrastructure;

namespace Sluice.IntegrationTests.Datasources;

/// <summary>Secret-like datasource options (SslPassword and the like) are write-only: sealed in
/// the store, masked in every answer, kept when an update leaves them out, and opened for the
/// connection pool.</summary>
public abstract class SecretOptionScenarios(SluiceInstance server)
{
    private const string Secret = "ssl-secret-value-1";
    private HttpClient Http => server.Http;

    [Fact]
    public async Task SecretOption_IsSealedMaskedAndKeptAcrossUpdates()
    {
        var admin = (await Http.LoginOkAsync()).AccessToken;
        using var created = await Http.PostJsonAsync("/api/v1/datasources", new
        {
            name = "secret-" + Guid.NewGuid().ToString("N")[..8], product_type = "postgres", host = "127.0.0.1", port = 5432, database = "x",
            options = new Dictionary<string, object> { ["SslPassword"] = Secret, ["ApplicationName"] = "reports", ["Timeout"] = 7 },
        }, admin);
        var body = await created.ReadJsonAsync();
        Assert.True(created.StatusCode == HttpStatusCode.Created, body.ToJsonString());
        var id = (long)body["id"]!;
        AssertMasked(body, "reports");
        Assert.DoesNotContain(Secret, await StoredOptionsAsync(id), StringComparison.Ordinal);
        Assert.Equal(Secret, await PoolOptionAsync(id));

        using (var get = await Http.GetAsync($"/api/v1/datasources/{id}", admin))
        {
            AssertMasked(await get.ReadJsonAsync(), "reports");
        }
        using (var list = await Http.GetAsync("/api/v1/datasources", admin))
        {
            Assert.DoesNotContain(Secret, await list.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        // Left out, sent back masked, or with options untouched: the secret stays.
        await PatchOkAsync(id, new { options = new Dictionary<string, object?> { ["ApplicationName"] = "left-out" } }, admin);
        Assert.Equal(Secret, await PoolOptionAsync(id));
        AssertMasked(await PatchOkAsync(id, new { options = new Dictionary<string, object?> { ["SslPassword"] = SecretOptions.Mask, ["ApplicationName"] = "masked" } }, admin), "masked");
        Assert.Equal(Secret, await PoolOptionAsync(id));
        await PatchOkAsync(id, new { description = "options untouched" }, admin);
        Assert.Equal(Secret, await PoolOptionAsync(id));
        Assert.DoesNotContain(Secret, await StoredOptionsAsync(id), StringComparison.Ordinal);

        await PatchOkAsync(id, new { options = new Dictionary<string, object?> { ["SslPassword"] = "new-secret-2" } }, admin);
        Assert.Equal("new-secret-2", await PoolOptionAsync(id));
        Assert.Null((await PatchOkAsync(id, new { options = new Dictionary<string, object?> { ["SslPassword"] = null } }, admin))["options"]!["SslPassword"]);
        Assert.Null(await PoolOptionAsync(id));
    }

    private async Task<JsonNode> PatchOkAsync(long id, object body, string token)
    {
        using var response = await Http.PatchJsonAsync($"/api/v1/datasources/{id}", body, token);
        var json = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, json.ToJsonString());
        return json;
    }

    private static void AssertMasked(JsonNode datasource, string applicationName)
    {
        Assert.Equal(SecretOptions.Mask, (string?)datasource["options"]!["SslPassword"]);
        Assert.Equal(applicationName, (string?)datasource["options"]!["ApplicationName"]);
    }

    /// <summary>The options column as stored.</summary>
    private async Task<string> StoredOptionsAsync(long id)
    {
        await using var db = OpenStore();
        return (await Datasources(db).FindAsync(id, CancellationToken.None))!.Options!;
    }

    /// <summary>SslPassword as the connection pool receives it.</summary>
    private async Task<string?> PoolOptionAsync(long id)
    {
        await using var db = OpenStore();
        var store = Datasources(db);
        var spec = store.ToSpec((await store.FindAsync(id, CancellationToken.None))!);
        return spec.Options.TryGetValue("SslPassword", out var value) ? value : null;
    }

    private DatasourceStore Datasources(MetadataDb db) => new(db, new SecretBox(server.Settings["ENCRYPTION_KEY"]), TimeProvider.System);

    private MetadataDb OpenStore() =>
        new(DatabaseUrl.TryParse(server.Settings["DATABASE_URL"], Directory.GetCurrentDirectory(), out _)!);
}

public sealed class SqliteSecretOptions(SqliteServer fixture) : SecretOptionScenarios(fixture.Server), IClassFixture<SqliteServer>;

public sealed class PostgresSecretOptions(PostgresServer fixture) : SecretOptionScenarios(fixture.Server), IClassFixture<PostgresServer>;
