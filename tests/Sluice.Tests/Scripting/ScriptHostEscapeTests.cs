using System.Text.Json.Nodes;
using Sluice.Core.Scripting;
using static Sluice.Tests.Scripting.ScriptHosts;

namespace Sluice.Tests.Scripting;

/// <summary>What a script might try through host objects to reach the host or change them, each refused.</summary>
public sealed class ScriptHostEscapeTests
{
    private static readonly ScriptHostObject Db = Host("db",
        Sync("query", _ => JsonValue.Create("real")),
        Async("fetch", async (_, _) =>
        {
            await Task.Yield();
            return JsonValue.Create("real");
        }));

    [Fact]
    public async Task RunAsync_ConstructorConstructorOfAHostFunction_ReachesOnlyTheScriptsGlobal()
    {
        var outcome = await Run("""
            function execute(params) {
              const viaThis = db.query.constructor.constructor('return this')();
              const viaGlobal = db.query.constructor('return globalThis')();
              const viaObject = db.constructor.constructor('return globalThis')();
              return {
                this_kind: typeof viaThis,
                same_global: viaGlobal === globalThis && viaObject === globalThis,
                host: Object.getOwnPropertyNames(viaGlobal).filter(n => /clr|^System$|importNamespace|require|process/i.test(n)),
              };
            }
            """, [Db]);

        Assert.Equal("""{"this_kind":"undefined","same_global":true,"host":[]}""", outcome.Data!.ToJsonString());
    }

    [Theory]
    [InlineData("db.query = () => 'fake';")]
    [InlineData("db = { query: () => 'fake' };")]
    [InlineData("globalThis.db = { query: () => 'fake' };")]
    [InlineData("delete db.query;")]
    [InlineData("db.extra = 1;")]
    [InlineData("Object.defineProperty(db, 'query', { value: () => 'fake' });")]
    [InlineData("Object.defineProperty(globalThis, 'db', { value: { query: () => 'fake' } });")]
    [InlineData("Object.setPrototypeOf(db, { query: () => 'fake' });")]
    [InlineData("db.__proto__ = { query: () => 'fake' };")]
    [InlineData("db.query.__proto__ = null;")]
    [InlineData("db.query.name = 'other';")]
    [InlineData("db.query.extra = 1;")]
    [InlineData("Object.defineProperty(db.query, 'call', { value: () => 'fake' });")]
    public async Task RunAsync_ChangingAHostObject_IsATypeError(string change)
    {
        var outcome = await Run($$"""
            function execute(params) {
              let error = 'none';
              try { {{change}} } catch (e) { error = e.name; }
              return [error, db.query(), typeof db.extra, typeof db.query.extra, Object.getPrototypeOf(db) === Object.prototype, Object.isFrozen(db), Object.isFrozen(db.query)];
            }
            """, [Db]);

        Assert.Equal("""["TypeError","real","undefined","undefined",true,true,true]""", outcome.Data!.ToJsonString());
    }

    [Fact]
    public async Task RunAsync_PollutingPrototypes_DoesNotChangeHostObjects()
    {
        var outcome = await Run("""
            async function execute(params) {
              Object.prototype.query = () => 'polluted';
              Function.prototype.call = () => 'polluted';
              Promise.prototype.then = function () { return 'polluted'; };
              const viaFetch = await db.fetch();
              return [db.query(), viaFetch, Object.getOwnPropertyNames(db).sort()];
            }
            """, [Db]);

        Assert.Equal("""["real","real",["fetch","query"]]""", outcome.Data!.ToJsonString());
    }

    [Fact]
    public async Task RunAsync_TopLevelLetShadowingAHostObject_IsRefused()
    {
        var outcome = await Run("const db = { query: () => 'fake' };\nfunction execute(params) { return db.query(); }", [Db]);

        Assert.Equal(ScriptOutcomeKind.ScriptError, outcome.Kind);
    }

    [Fact]
    public async Task RunAsync_HostFunctionSource_ShowsNoHostNames()
    {
        var outcome = await Run("""
            function execute(params) {
              return [Function.prototype.toString.call(db.query), String(db.fetch), typeof db.query.prototype, Object.getOwnPropertyNames(db.query).sort()];
            }
            """, [Db]);

        var text = outcome.Data!.ToJsonString();
        Assert.Equal("""["function query() { [native code] }","function fetch() { [native code] }","undefined",["length","name"]]""", text);
    }

    [Fact]
    public async Task RunAsync_NewOnAHostFunction_IsATypeError()
    {
        var outcome = await Run("function execute(params) { try { new db.query(); return 'constructed'; } catch (e) { return e.name; } }", [Db]);

        Assert.Equal("TypeError", outcome.Data!.GetValue<string>());
    }

    [Fact]
    public async Task RunAsync_HostObjects_AreFreshForEachRun()
    {
        var program = ScriptSandboxTests.Program("function execute(params) { const before = typeof db.marker; try { db.marker = 1; } catch (e) { } return before; }");
        var sandbox = new ScriptSandbox(ScriptLimits.Default);

        var first = await sandbox.RunAsync(program, new Dictionary<string, object?>(), [Db], CancellationToken.None);
        var second = await sandbox.RunAsync(program, new Dictionary<string, object?>(), [Db], CancellationToken.None);

        Assert.Equal("undefined", first.Data!.GetValue<string>());
        Assert.Equal("undefined", second.Data!.GetValue<string>());
    }

    [Fact]
    public async Task RunAsync_ArgumentWithGetters_ReachesTheHostOnlyAsJson()
    {
        object? seen = null;
        var spy = Host("spy", Sync("take", arguments =>
        {
            seen = arguments[0];
            return null;
        }));

        var outcome = await Run("""
            function execute(params) {
              const value = { get computed() { return 'plain'; }, method() { return 1; }, toJSON() { return { only: 'json' }; } };
              spy.take(value);
              return 1;
            }
            """, [spy]);

        Assert.True(outcome.IsSuccess);
        Assert.Equal("""{"only":"json"}""", Assert.IsAssignableFrom<JsonNode>(seen).ToJsonString());
    }
}
