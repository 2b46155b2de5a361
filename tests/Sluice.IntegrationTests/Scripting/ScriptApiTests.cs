using System.Net;
using Sluice.IntegrationTests.Gateway;
using Sluice.IntegrationTests.Infrastructure;

namespace Sluice.IntegrationTests.Scripting;

/// <summary>How the gateway answers a script API that fails, runs too long, hits a limit, or
/// reaches for what it may not: each stop mapped to its status and message.</summary>
public sealed class ScriptApiTests(PostgresGateway fixture) : IClassFixture<PostgresGateway>
{
    private HttpClient Http => fixture.Server.Http;

    private Task<(long Id, string Path)> PublishScriptAsync(string script, string parameters = "[]") =>
        fixture.PublishAsync(script, parameters, extra: new() { ["execute_engine"] = "script" });

    [Fact]
    public async Task UncaughtError_Is500_WithMessageAndLine_OnALocalServer()
    {
        var (_, path) = await PublishScriptAsync("""
            function execute(params) {
              const rows = [];
              return rows[0].name;
            }
            """);

        using var response = await Http.GetAsync($"/api/{path}");
        var message = (string?)(await response.ReadJsonAsync())["message"];

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("line 3", message, StringComparison.Ordinal);
        Assert.Contains("TypeError", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Jint", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeepRecursion_Is500_NamingTheLimit()
    {
        var (_, path) = await PublishScriptAsync("""
            function down(n) { return down(n + 1) + 1; }
            function execute(params) { return down(0); }
            """);

        using var response = await Http.GetAsync($"/api/{path}");
        var message = (string?)(await response.ReadJsonAsync())["message"];

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("SCRIPT_MAX_RECURSION", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunPastTheTimeout_Is504_EvenWhileAwaitingTheDatabase()
    {
        await using var gate = await AdvisoryGate.CloseAsync(fixture.Database.ConnectionString);
        var (_, path) = await PublishScriptAsync($$"""
            async function execute(params) {
              return await db.queryOne("{{gate.WaitSql}}");
            }
            """);

        var call = Http.GetAsync($"/api/{path}");
        await gate.UntilWaitingAsync(1);
        // The script's deadline runs on the server's clock; the statement timeout (30 s) is far away.
        fixture.Server.Time.Advance(TimeSpan.FromSeconds(11));
        using var response = await call;
        var message = (string?)(await response.ReadJsonAsync())["message"];

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        Assert.Contains("SCRIPT_EXEC_TIMEOUT", message, StringComparison.Ordinal);
        await gate.UntilWaitingAsync(0);
    }

    [Fact]
    public async Task CacheKeys_OfOneApi_AreInvisibleToAnother()
    {
        var (_, writer) = await PublishScriptAsync("""
            async function execute(params) {
              await cache.set("shared-name", "from the writer", 60);
              return await cache.get("shared-name");
            }
            """);
        var (_, reader) = await PublishScriptAsync("""
            async function execute(params) {
              return { seen: await cache.get("shared-name") };
            }
            """);

        using var written = await Http.GetAsync($"/api/{writer}");
        using var read = await Http.GetAsync($"/api/{reader}");

        Assert.Equal("from the writer", (string?)(await written.ReadJsonAsync())["data"]);
        Assert.Null((await read.ReadJsonAsync())["data"]!["seen"]);
    }

    [Fact]
    public async Task EnvOutsideTheAllowList_AndHttpToLoopback_AreRefusedToTheScript()
    {
        var (_, path) = await PublishScriptAsync("""
            async function execute(params) {
              const refusals = [];
              try { env.get("SECRET_KEY"); } catch (error) { refusals.push(error.message); }
              try { await http.get("http://127.0.0.1:1/"); } catch (error) { refusals.push(error.message); }
              return refusals;
            }
            """);

        using var response = await Http.GetAsync($"/api/{path}");
        var refusals = (await response.ReadJsonAsync())["data"]!.AsArray().Select(item => (string?)item).ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, refusals.Count);
        Assert.Contains("SCRIPT_ENV_ALLOWLIST", refusals[0], StringComparison.Ordinal);
        Assert.Contains("SCRIPT_HTTP_ALLOWED_HOSTS", refusals[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScriptWithoutExecute_OrWithASyntaxError_IsRefusedAtSave_WithLineAndColumn()
    {
        var noExecute = await CreateAsync("function run(params) { return 1; }");
        var broken = await CreateAsync("function execute(params) {\n  return {;\n}");

        Assert.Equal(HttpStatusCode.BadRequest, noExecute.Status);
        Assert.Contains("execute", noExecute.Body["errors"]!["content"]![0]!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, broken.Status);
        Assert.Equal(2, (int)broken.Body["template_errors"]![0]!["line"]!);
    }

    private async Task<(HttpStatusCode Status, System.Text.Json.Nodes.JsonNode Body)> CreateAsync(string script)
    {
        var path = "s" + Guid.NewGuid().ToString("N")[..10];
        using var response = await Http.PostJsonAsync("/api/v1/apis", new Dictionary<string, object?>
        {
            ["name"] = path, ["path"] = path, ["execute_engine"] = "script", ["access_type"] = "public", ["content"] = script,
        }, fixture.Token);
        return (response.StatusCode, await response.ReadJsonAsync());
    }
}
