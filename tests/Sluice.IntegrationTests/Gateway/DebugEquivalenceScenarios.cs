using System.Net;
using System.Text.Json.Nodes;
using Sluice.IntegrationTests.Infrastructure;

namespace Sluice.IntegrationTests.Gateway;

/// <summary>A debug run and a gateway call of the same version answer the same status and rows,
/// on every engine: both go through one compiler and one executor.</summary>
public abstract partial class GatewayScenarios<TDatasource>
{
    private const string ListSql = """
        SELECT id, name, price, qty FROM items
        {% where %}
          {% if min_id %} AND id >= {{ min_id }} {% endif %}
          {% if name %} AND name = {{ name }} {% endif %}
        {% endwhere %}
        ORDER BY id
        """;

    private const string ListParams = """[{"name": "min_id", "location": "query", "data_type": "integer", "maximum": 1000}, {"name": "name", "location": "query", "data_type": "string"}]""";

    [Fact]
    public async Task DebugRun_AndGatewayCall_ReturnTheSameRows()
    {
        var (id, path) = await fixture.PublishAsync(ListSql, ListParams);

        var gateway = await GatewayAsync($"/api/{path}?min_id=45&name=item%2047");
        var debug = await DebugAsync(id, new { min_id = 45, name = "item 47" });

        Assert.Equal(200, gateway.Status);
        Assert.Equal(gateway.Status, debug.Status);
        Assert.Single(gateway.Rows!);
        Assert.Equal(gateway.Rows!.ToJsonString(), debug.Rows!.ToJsonString());
    }

    [Fact]
    public async Task DebugRun_AndGatewayCall_PageAlike()
    {
        var (id, path) = await fixture.PublishAsync(ListSql, ListParams, extra: new() { ["pagination"] = true });

        var gateway = await GatewayAsync($"/api/{path}?page=2&page_size=3");
        var debug = await DebugAsync(id, new { page = 2, page_size = 3 });

        Assert.Equal([4L, 5L, 6L], gateway.Rows!.Select(row => (long)row!["id"]!));
        Assert.Equal(gateway.Rows!.ToJsonString(), debug.Rows!.ToJsonString());
    }

    [Fact]
    public async Task DebugRun_AndGatewayCall_RefuseBadParametersAlike()
    {
        var (id, path) = await fixture.PublishAsync(ListSql, ListParams);

        var gateway = await GatewayAsync($"/api/{path}?min_id=5000");
        var debug = await DebugAsync(id, new { min_id = 5000 });

        Assert.Equal(400, gateway.Status);
        Assert.Equal(gateway.Status, debug.Status);
        Assert.Equal(gateway.Message, debug.Message);
    }

    [Fact]
    public async Task DebugRun_AndGatewayCall_FailABrokenQueryAlike()
    {
        var (id, path) = await fixture.PublishAsync("SELECT no_such_column FROM items", force: true);

        var gateway = await GatewayAsync($"/api/{path}");
        var debug = await DebugAsync(id, new { });

        Assert.Equal(500, gateway.Status);
        Assert.Equal(gateway.Status, debug.Status);
        Assert.Contains("no_such_column", debug.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task DebugRun_AndGatewayCall_CountAWriteAlike()
    {
        var (id, path) = await fixture.PublishAsync("UPDATE items SET qty = qty WHERE id <= {{ upto }}",
            """[{"name": "upto", "location": "body", "data_type": "integer", "is_required": true}]""", method: "POST");

        var debug = await DebugAsync(id, new { upto = 4 });
        using var response = await fixture.Server.Http.PostJsonAsync($"/api/{path}", new { upto = 4 });
        var gateway = await ReadGatewayAsync(response);

        Assert.Equal(200, debug.Status);
        Assert.Equal(gateway.Status, debug.Status);
        Assert.Equal(4L, (long)gateway.Data!["rows_affected"]!);
        Assert.Equal(4L, (long)debug.RowsAffected!);
    }

    private async Task<Answer> GatewayAsync(string url)
    {
        using var response = await fixture.Server.Http.GetAsync(url);
        return await ReadGatewayAsync(response);
    }

    private static async Task<Answer> ReadGatewayAsync(HttpResponseMessage response)
    {
        var body = await response.ReadJsonAsync();
        return new Answer((int)response.StatusCode, (string?)body["message"], body["data"] as JsonArray, null) { Data = body["data"] };
    }

    private async Task<Answer> DebugAsync(long apiId, object values)
    {
        using var response = await fixture.Server.Http.PostJsonAsync("/api/v1/apis/debug", new { api_id = apiId, values }, fixture.Token);
        var body = await response.ReadJsonAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new Answer((int)body["status"]!, (string?)body["error"], body["rows"] as JsonArray, (long?)body["rows_affected"]);
    }

    private sealed record Answer(int Status, string? Message, JsonArray? Rows, long? RowsAffected)
    {
        public JsonNode? Data { get; init; }
    }
}
