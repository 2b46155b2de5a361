using System.Net;
using Dapper;
using Sluice.IntegrationTests.Infrastructure;

namespace Sluice.IntegrationTests.Security;

/// <summary>Every gateway request leaves one access record — rejections included — and a
/// graceful shutdown loses none.</summary>
public sealed class AccessRecordTests
{
    [Fact]
    public async Task GatewayRequests_AcrossGracefulShutdown_AreAllRecorded()
    {
        await using var store = new SqliteTestStore();
        await using var database = new SqliteTestDatasource();
        await database.ExecuteAsync("CREATE TABLE t (id INTEGER)");
        var settings = SluiceInstance.DefaultSettings(store.DatabaseUrl);
        var node = await SluiceProcess.StartAsync(settings);
        var sent = 0;
        long okCount = 0;
        try
        {
            var admin = (await node.Http.LoginOkAsync()).AccessToken;
            using var datasource = await node.Http.PostJsonAsync("/api/v1/datasources", new Dictionary<string, object?>(database.Definition) { ["name"] = "d" }, admin);
            var datasourceId = (long)(await datasource.ReadJsonAsync())["id"]!;
            using var api = await node.Http.PostJsonAsync("/api/v1/apis", new { name = "p", path = "p", datasource_id = datasourceId, content = "SELECT 1 AS one" }, admin);
            var apiId = (long)(await api.ReadJsonAsync())["id"]!;
            using (await node.Http.PostJsonAsync($"/api/v1/apis/{apiId}/versions", new { commit_message = "v1" }, admin))
            using (await node.Http.PostJsonAsync($"/api/v1/apis/{apiId}/publish", new { }, admin))
            {
            }
            using var client = await node.Http.PostJsonAsync("/api/v1/clients", new { name = "c", api_ids = new[] { apiId }, rate_limit_per_minute = 100 }, admin);
            var body = await client.ReadJsonAsync();
            using var issued = await node.Http.PostJsonAsync("/api/token/generate",
                new { client_id = (string)body["client_id"]!, client_secret = (string)body["client_secret"]!, grant_type = "client_credentials" });
            sent++;
            var token = (string)(await issued.ReadJsonAsync())["access_token"]!;

            var statuses = await Task.WhenAll(Enumerable.Range(0, 300).Select(async i =>
            {
                using var response = (i % 5) switch
                {
                    0 => await node.Http.GetAsync("/api/p", null),
                    1 => await node.Http.GetAsync("/api/nowhere", token),
                    _ => await node.Http.GetAsync("/api/p", token),
                };
                return response.StatusCode;
            }));
            sent += statuses.Length;
            Assert.Contains(HttpStatusCode.Unauthorized, statuses);
            Assert.Contains(HttpStatusCode.NotFound, statuses);
            Assert.Contains(HttpStatusCode.OK, statuses);
            okCount = statuses.Count(status => status == HttpStatusCode.OK);
            Assert.Equal(240 - okCount, statuses.Count(status => status is HttpStatusCode.TooManyRequests or HttpStatusCode.NotFound));
            Assert.Equal(0, await node.StopAsync());
        }
        finally
        {
            await node.DisposeAsync();
        }

        var config = Core.Storage.DatabaseUrl.TryParse(store.DatabaseUrl, Directory.GetCurrentDirectory(), out _)!;
        await using var db = new Core.Storage.MetadataDb(config);
        await using var connection = await db.OpenAsync();
        Assert.Equal(sent, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM access_logs"));
        Assert.Equal(60L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM access_logs WHERE status = 401"));
        // Exactly as many served as answered 200 (the client's 100 a minute, unless the burst took longer).
        Assert.Equal(okCount, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM access_logs WHERE status = 200 AND path = '/api/p'"));
        Assert.Equal(0L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM access_logs WHERE request_body IS NOT NULL"));
        Assert.Equal(1L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM access_logs WHERE path = '/api/token/generate'"));
    }

    [Fact]
    public async Task GatewayRequest_WithBodyLoggingOn_StoresTheBodyTruncatedAndNeverTheToken()
    {
        await using var store = new SqliteTestStore();
        await using var database = new SqliteTestDatasource();
        await database.ExecuteAsync("CREATE TABLE t (id INTEGER)");
        var settings = SluiceInstance.DefaultSettings(store.DatabaseUrl);
        settings["GATEWAY_ACCESS_LOG_BODY"] = "true";
        var server = await SluiceInstance.StartAsync(settings);
        var admin = (await server.Http.LoginOkAsync()).AccessToken;
        using var datasource = await server.Http.PostJsonAsync("/api/v1/datasources", new Dictionary<string, object?>(database.Definition) { ["name"] = "d" }, admin);
        var datasourceId = (long)(await datasource.ReadJsonAsync())["id"]!;
        using var api = await server.Http.PostJsonAsync("/api/v1/apis", new
        {
            name = "b", path = "b", http_method = "POST", access_type = "public", datasource_id = datasourceId, content = "SELECT length({{ text }}) AS n",
            @params = new[] { new { name = "text", location = "body", data_type = "string" } },
        }, admin);
        var apiId = (long)(await api.ReadJsonAsync())["id"]!;
        using (await server.Http.PostJsonAsync($"/api/v1/apis/{apiId}/versions", new { commit_message = "v1" }, admin))
        using (await server.Http.PostJsonAsync($"/api/v1/apis/{apiId}/publish", new { }, admin))
        using (var call = await server.Http.PostJsonAsync("/api/b", new { text = new string('x', 10_000) }, "secret-bearer-value"))
        {
            Assert.Equal(HttpStatusCode.OK, call.StatusCode);
        }
        await server.DisposeAsync();

        var config = Core.Storage.DatabaseUrl.TryParse(store.DatabaseUrl, Directory.GetCurrentDirectory(), out _)!;
        await using var db = new Core.Storage.MetadataDb(config);
        await using var connection = await db.OpenAsync();
        var body = await connection.ExecuteScalarAsync<string>("SELECT request_body FROM access_logs WHERE path = '/api/b'");
        Assert.StartsWith("{\"text\":\"xxx", body, StringComparison.Ordinal);
        Assert.Equal(4096, body!.Length);
        var everything = string.Join("|", (await connection.QueryAsync("SELECT * FROM access_logs")).Select(row => string.Join(",", ((IDictionary<string, object>)row).Values)));
        Assert.DoesNotContain("secret-bearer-value", everything, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TokenRequests_WithBodyLoggingOn_StoreTheBodyWithCredentialsMasked()
    {
        await using var store = new SqliteTestStore();
        var settings = SluiceInstance.DefaultSettings(store.DatabaseUrl);
        settings["GATEWAY_ACCESS_LOG_BODY"] = "true";
        var server = await SluiceInstance.StartAsync(settings);
        string secret;
        string clientId;
        try
        {
            var admin = (await server.Http.LoginOkAsync()).AccessToken;
            using var client = await server.Http.PostJsonAsync("/api/v1/clients", new { name = "masked" }, admin);
            var body = await client.ReadJsonAsync();
            (clientId, secret) = ((string)body["client_id"]!, (string)body["client_secret"]!);

            // Extra fields ride along unread; nested credential fields are masked too.
            var json = $$"""
                {"client_id": "{{clientId}}", "client_secret": "{{secret}}", "grant_type": "client_credentials",
                 "outer": {"Api_Token": "{{secret}}", "list": [{"PassWord": "{{secret}}"}]}, "keep": "visible"}
                """;
            using (var jsonRequest = await server.Http.PostAsync("/api/token/generate", new StringContent(json, System.Text.Encoding.UTF8, "application/json")))
            {
                Assert.Equal(HttpStatusCode.OK, jsonRequest.StatusCode);
            }
            using (var form = await server.Http.PostAsync("/token/generate", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["client_id"] = clientId, ["client_secret"] = secret, ["grant_type"] = "client_credentials",
            })))
            {
                Assert.Equal(HttpStatusCode.OK, form.StatusCode);
            }
        }
        finally
        {
            await server.DisposeAsync();
        }

        var config = Core.Storage.DatabaseUrl.TryParse(store.DatabaseUrl, Directory.GetCurrentDirectory(), out _)!;
        await using var db = new Core.Storage.MetadataDb(config);
        await using var connection = await db.OpenAsync();
        var bodies = (await connection.QueryAsync<(string Path, string? Body)>("SELECT path, request_body FROM access_logs ORDER BY id")).ToList();
        Assert.True(bodies.Count == 2, string.Join(" | ", bodies));
        Assert.All(bodies, row => Assert.DoesNotContain(secret, row.Body ?? "", StringComparison.Ordinal));
        Assert.Equal($$"""{"client_id":"{{clientId}}","client_secret":"***","grant_type":"client_credentials","outer":{"Api_Token":"***","list":[{"PassWord":"***"}]},"keep":"visible"}""",
            bodies[0].Body);
        Assert.Equal($"client_id={clientId}&client_secret=***&grant_type=client_credentials", bodies[1].Body);
    }
}
