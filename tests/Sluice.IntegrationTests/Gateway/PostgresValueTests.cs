using System.Net;
using Sluice.IntegrationTests.Infrastructure;

namespace Sluice.IntegrationTests.Gateway;

/// <summary>PostgreSQL's richer types come back faithfully.</summary>
public sealed class PostgresValueTests(PostgresGateway fixture) : IClassFixture<PostgresGateway>
{
    [Fact]
    public async Task Get_RichTypes_MapFaithfully()
    {
        var (_, path) = await fixture.PublishAsync(
            """
            SELECT 12345678901234567890.123456789::numeric AS big, DATE '2024-02-29' AS day,
                   TIMESTAMPTZ '2024-05-01 10:00:00+00' AS at, TIMESTAMP '2024-05-01 10:00:00.5' AS local_at,
                   '\x00ff10'::bytea AS raw, '{"a": [1, 2], "b": null}'::jsonb AS doc, true AS flag, NULL::text AS nothing,
                   1.5::float8 AS ratio, 'NaN'::float8 AS nan
            """);

        using var response = await fixture.Server.Http.GetAsync($"/api/{path}");
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"big\":12345678901234567890.123456789", text, StringComparison.Ordinal);
        Assert.Contains("\"day\":\"2024-02-29\"", text, StringComparison.Ordinal);
        Assert.Contains("\"at\":\"2024-05-01T10:00:00Z\"", text, StringComparison.Ordinal);
        Assert.Contains("\"local_at\":\"2024-05-01T10:00:00.5\"", text, StringComparison.Ordinal);
        Assert.Contains("\"raw\":\"AP8Q\"", text, StringComparison.Ordinal);
        Assert.Contains("\"doc\":{\"a\": [1, 2], \"b\": null}", text, StringComparison.Ordinal);
        Assert.Contains("\"flag\":true", text, StringComparison.Ordinal);
        Assert.Contains("\"nothing\":null", text, StringComparison.Ordinal);
        Assert.Contains("\"ratio\":1.5", text, StringComparison.Ordinal);
        Assert.Contains("\"nan\":\"NaN\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_InsertReturning_ReturnsTheRows()
    {
        await fixture.Database.ExecuteAsync("CREATE TABLE IF NOT EXISTS notes (id SERIAL PRIMARY KEY, body TEXT NOT NULL)");
        var (_, path) = await fixture.PublishAsync("INSERT INTO notes (body) VALUES ({{ body }}) RETURNING id, body",
            """[{"name": "body", "location": "body", "data_type": "string", "is_required": true}]""", method: "POST");

        using var response = await fixture.Server.Http.PostJsonAsync($"/api/{path}", new { body = "hello" });
        var row = (await response.ReadJsonAsync())["data"]![0]!;
        Assert.Equal("hello", (string?)row["body"]);
        Assert.True((long)row["id"]! > 0);
    }

    [Fact]
    public async Task Get_DatasourceDeactivatedOrUnreachable_Returns503NamingIt()
    {
        var server = fixture.Server;
        var definition = new Dictionary<string, object?>(fixture.Database.Definition) { ["name"] = "flaky-" + Guid.NewGuid().ToString("N")[..6] };
        using var created = await server.Http.PostJsonAsync("/api/v1/datasources", definition, fixture.Token);
        var datasourceId = (long)(await created.ReadJsonAsync())["id"]!;
        var path = "flaky" + Guid.NewGuid().ToString("N")[..8];
        using var api = await server.Http.PostJsonAsync("/api/v1/apis", new { name = path, path, access_type = "public", datasource_id = datasourceId, content = "SELECT 1 AS one" }, fixture.Token);
        var apiId = (long)(await api.ReadJsonAsync())["id"]!;
        using (await server.Http.PostJsonAsync($"/api/v1/apis/{apiId}/versions", new { commit_message = "v1" }, fixture.Token))
        using (await server.Http.PostJsonAsync($"/api/v1/apis/{apiId}/publish", new { }, fixture.Token))
        using (var ok = await server.Http.GetAsync($"/api/{path}"))
        {
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        using (await server.Http.PatchJsonAsync($"/api/v1/datasources/{datasourceId}", new { is_active = false }, fixture.Token))
        using (var inactive = await server.Http.GetAsync($"/api/{path}"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, inactive.StatusCode);
            Assert.Contains(definition["name"]!.ToString()!, (string?)(await inactive.ReadJsonAsync())["message"], StringComparison.Ordinal);
        }

        using (await server.Http.PatchJsonAsync($"/api/v1/datasources/{datasourceId}", new { is_active = true, port = 1 }, fixture.Token))
        using (var unreachable = await server.Http.GetAsync($"/api/{path}"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, unreachable.StatusCode);
        }
    }
}
