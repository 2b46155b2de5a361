using System.Net;
using System.Text.Json.Nodes;
using Sluice.IntegrationTests.Infrastructure;

namespace Sluice.IntegrationTests.Gateway;

/// <summary>Script APIs, validate scripts and result transforms through the gateway, the same on
/// every engine.</summary>
public abstract partial class GatewayScenarios<TDatasource>
{
    private const string IdParam = """[{"name": "id", "location": "query", "data_type": "integer", "is_required": true}]""";

    private const string LookupScript = """
        async function execute(params) {
          const row = await db.queryOne("SELECT id, name FROM items WHERE id = $1", [params.id]);
          if (!row) {
            throw new HttpError(404, `There is no item ${params.id}.`);
          }
          return row;
        }
        """;

    private Task<(long Id, string Path)> PublishScriptAsync(string script, string parameters = "[]", string method = "GET") =>
        fixture.PublishAsync(script, parameters, method, extra: new() { ["execute_engine"] = "script" });

    [Fact]
    public async Task Script_QueryOneByKey_AnswersTheRow_OrItsHttpError()
    {
        var (_, path) = await PublishScriptAsync(LookupScript, IdParam);

        var found = await GatewayAsync($"/api/{path}?id=7");
        var missing = await GatewayAsync($"/api/{path}?id=999");

        Assert.Equal(200, found.Status);
        Assert.Equal(7L, (long)found.Data!["id"]!);
        Assert.Equal("item 7", (string?)found.Data!["name"]);
        Assert.Equal(404, missing.Status);
        Assert.Equal("There is no item 999.", missing.Message);
    }

    [Fact]
    public async Task Script_TemplateFormAndTwoQueries_ShapeOneAnswer_WithStatusAndHeaders()
    {
        var (_, path) = await PublishScriptAsync("""
            async function execute(params) {
              const cheap = await db.query("SELECT id FROM items WHERE id <= {{ upto }} ORDER BY id", { upto: params.upto });
              const total = await db.queryOne("SELECT COUNT(*) AS n FROM items");
              response.status(203);
              response.headers({ "X-Item-Count": String(total.n) });
              return { ids: cheap.map(row => row.id), of: Number(total.n) };
            }
            """, """[{"name": "upto", "location": "query", "data_type": "integer", "is_required": true}]""");

        using var response = await fixture.Server.Http.GetAsync($"/api/{path}?upto=3");
        var body = await response.ReadJsonAsync();

        Assert.Equal(HttpStatusCode.NonAuthoritativeInformation, response.StatusCode);
        Assert.Equal("50", response.Headers.GetValues("X-Item-Count").Single());
        Assert.Equal([1L, 2L, 3L], body["data"]!["ids"]!.AsArray().Select(id => (long)id!));
        Assert.Equal(50L, (long)body["data"]!["of"]!);
    }

    [Fact]
    public async Task Script_DebugRun_AndGatewayCall_AnswerTheSame()
    {
        var (id, path) = await PublishScriptAsync(LookupScript, IdParam);

        var gateway = await GatewayAsync($"/api/{path}?id=12");
        using var response = await fixture.Server.Http.PostJsonAsync("/api/v1/apis/debug", new { api_id = id, values = new { id = 12 } }, fixture.Token);
        var debug = await response.ReadJsonAsync();
        using var refusedResponse = await fixture.Server.Http.PostJsonAsync("/api/v1/apis/debug", new { api_id = id, values = new { id = 999 } }, fixture.Token);
        var refused = await refusedResponse.ReadJsonAsync();

        Assert.Equal(gateway.Status, (int)debug["status"]!);
        Assert.Equal(gateway.Data!.ToJsonString(), debug["data"]!.ToJsonString());
        Assert.Equal("SELECT id, name FROM items WHERE id = ", ((string?)debug["statements"]![0]!["sql"])![..38]);
        Assert.Equal(404, (int)refused["status"]!);
        Assert.Equal("There is no item 999.", (string?)refused["error"]);
    }

    [Fact]
    public async Task Script_TransactionRollsBackOnThrow_AndCommitsOtherwise()
    {
        await fixture.Database.ExecuteAsync("CREATE TABLE IF NOT EXISTS script_notes (id INTEGER PRIMARY KEY, note VARCHAR(100) NOT NULL)");
        var (_, path) = await PublishScriptAsync("""
            async function execute(params) {
              await tx.begin();
              await db.execute("INSERT INTO script_notes (id, note) VALUES ($1, $2)", [params.id, params.note]);
              if (params.note === "") {
                throw new HttpError(422, "A note needs text.");
              }
              await tx.commit();
              return { saved: params.id };
            }
            """, """[{"name": "id", "location": "body", "data_type": "integer", "is_required": true}, {"name": "note", "location": "body", "data_type": "string", "is_required": true}]""",
            method: "POST");
        var (_, count) = await PublishScriptAsync("""
            async function execute(params) {
              return await db.queryOne("SELECT COUNT(*) AS n FROM script_notes WHERE id = $1", [params.id]);
            }
            """, IdParam);
        var id = 1000 + Random.Shared.Next(100_000);

        using var refused = await fixture.Server.Http.PostJsonAsync($"/api/{path}", new { id, note = "" });
        var afterRefusal = await GatewayAsync($"/api/{count}?id={id}");
        using var saved = await fixture.Server.Http.PostJsonAsync($"/api/{path}", new { id, note = "kept" });
        var afterSave = await GatewayAsync($"/api/{count}?id={id}");

        Assert.Equal((HttpStatusCode)422, refused.StatusCode);
        Assert.Equal(0L, (long)afterRefusal.Data!["n"]!);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(1L, (long)afterSave.Data!["n"]!);
    }

    [Fact]
    public async Task ResultTransform_ShapesASqlApisRows()
    {
        var (_, path) = await fixture.PublishAsync("SELECT id, name FROM items WHERE id <= 3 ORDER BY id", extra: new()
        {
            ["result_transform"] = "(rows, params) => ({ count: rows.length, names: rows.map(row => row.name) })",
        });

        var answer = await GatewayAsync($"/api/{path}");

        Assert.Equal(200, answer.Status);
        Assert.Equal(3L, (long)answer.Data!["count"]!);
        Assert.Equal(["item 1", "item 2", "item 3"], answer.Data!["names"]!.AsArray().Select(name => (string?)name));
    }

    [Fact]
    public async Task ValidateScripts_JoinTheOne400_WithTheBindersErrors()
    {
        var (_, path) = await fixture.PublishAsync("SELECT id FROM items WHERE id = {{ id }} AND qty <= {{ qty }}", """
            [{"name": "id", "location": "query", "data_type": "integer", "is_required": true, "validate": "value % 2 === 0 || 'must be even'"},
             {"name": "qty", "location": "query", "data_type": "integer", "maximum": 5}]
            """);

        var refused = await GatewayAsync($"/api/{path}?id=3&qty=9");
        var passed = await GatewayAsync($"/api/{path}?id=4&qty=5");

        Assert.Equal(400, refused.Status);
        Assert.Contains("must be even", refused.Message, StringComparison.Ordinal);
        Assert.Contains("qty", refused.Message, StringComparison.Ordinal);
        Assert.Equal(200, passed.Status);
    }
}
