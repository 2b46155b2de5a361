using System.Text.Json.Nodes;
using Sluice.Core.Scripting;

namespace Sluice.Tests.Scripting;

public sealed class ScriptSandboxTests
{
    private static readonly Dictionary<string, object?> NoParams = [];

    internal static ScriptProgram Program(string source)
    {
        var result = ScriptProgram.Parse(source);
        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        return result.Program!;
    }

    internal static Task<ScriptOutcome> Run(string source, IReadOnlyDictionary<string, object?>? parameters = null, ScriptLimits? limits = null, CancellationToken cancellationToken = default) =>
        new ScriptSandbox(limits ?? ScriptLimits.Default).RunAsync(Program(source), parameters ?? NoParams, cancellationToken);

    [Fact]
    public async Task RunAsync_ReturnedObject_BecomesData()
    {
        var outcome = await Run("function execute(params) { return { id: 1, names: ['a', 'b'], ok: true, none: null }; }");

        Assert.Equal(ScriptOutcomeKind.Success, outcome.Kind);
        Assert.Equal("""{"id":1,"names":["a","b"],"ok":true,"none":null}""", outcome.Data!.ToJsonString());
    }

    [Fact]
    public async Task RunAsync_ReturnsUndefined_DataIsNull()
    {
        var outcome = await Run("function execute(params) { }");

        Assert.True(outcome.IsSuccess);
        Assert.Null(outcome.Data);
    }

    [Fact]
    public async Task RunAsync_Params_AreVisibleAsPlainValues()
    {
        var parameters = new Dictionary<string, object?>
        {
            ["id"] = 42L,
            ["price"] = 9.5m,
            ["name"] = "Ada",
            ["active"] = true,
            ["tags"] = new List<object?> { "x", 2L },
            ["filter"] = new Dictionary<string, object?> { ["from"] = new DateOnly(2026, 1, 2) },
            ["missing"] = null,
        };

        var outcome = await Run("""
            function execute(params) {
              return [params.id + 1, params.price * 2, params.name.toUpperCase(), params.active,
                      Array.isArray(params.tags), params.tags.length, params.filter.from, params.missing,
                      Object.getPrototypeOf(params) === Object.prototype];
            }
            """, parameters);

        Assert.Equal("""[43,19,"ADA",true,true,2,"2026-01-02",null,true]""", outcome.Data!.ToJsonString());
    }

    [Fact]
    public async Task RunAsync_JsonBodyParam_ArrivesAsPlainObject()
    {
        using var body = System.Text.Json.JsonDocument.Parse("""{"items":[{"sku":"a","qty":2}],"note":null}""");
        var parameters = new Dictionary<string, object?> { ["body"] = body.RootElement.Clone() };

        var outcome = await Run("function execute(params) { return params.body.items.map(i => i.sku + i.qty).concat([params.body.note]); }", parameters);

        Assert.Equal("""["a2",null]""", outcome.Data!.ToJsonString());
    }

    [Fact]
    public async Task RunAsync_ScriptMutatesParams_HostValuesUnchanged()
    {
        var tags = new List<object?> { "x" };
        var parameters = new Dictionary<string, object?> { ["id"] = 1L, ["tags"] = tags };

        var outcome = await Run("function execute(params) { params.id = 99; params.tags.push('y'); params.added = 1; return params; }", parameters);

        Assert.True(outcome.IsSuccess);
        Assert.Equal(1L, parameters["id"]);
        Assert.Equal(["x"], tags);
        Assert.False(parameters.ContainsKey("added"));
        Assert.Equal(99, outcome.Data!["id"]!.GetValue<int>());
    }

    [Fact]
    public async Task RunAsync_HostObjectParam_IsRefusedBeforeTheScriptRuns()
    {
        var parameters = new Dictionary<string, object?> { ["host"] = new Uri("http://example.com") };

        await Assert.ThrowsAsync<ArgumentException>(() => Run("function execute(params) { return 1; }", parameters));
    }

    [Fact]
    public async Task RunAsync_ExecuteReturnsPromise_IsAwaited()
    {
        var outcome = await Run("""
            async function load(id) { return { id }; }
            async function execute(params) {
              const row = await load(7);
              return await Promise.all([row, Promise.resolve(2)]);
            }
            """);

        Assert.Equal("""[{"id":7},2]""", outcome.Data!.ToJsonString());
    }

    [Fact]
    public async Task RunAsync_ThrowsHttpError_GivesStatusAndMessage()
    {
        var outcome = await Run("function execute(params) { throw new HttpError(404, 'No such order'); }");

        Assert.Equal(ScriptOutcomeKind.HttpError, outcome.Kind);
        Assert.Equal(404, outcome.Status);
        Assert.Equal("No such order", outcome.Message);
    }

    [Fact]
    public async Task RunAsync_AsyncExecuteRejectsWithHttpError_GivesStatus()
    {
        var outcome = await Run("async function execute(params) { await null; throw new HttpError(409, 'Taken'); }");

        Assert.Equal(ScriptOutcomeKind.HttpError, outcome.Kind);
        Assert.Equal(409, outcome.Status);
        Assert.Equal("Taken", outcome.Message);
    }

    [Fact]
    public async Task RunAsync_HttpErrorWithBadStatus_IsAScriptError()
    {
        var outcome = await Run("function execute(params) { throw new HttpError(200, 'fine'); }");

        Assert.Equal(ScriptOutcomeKind.ScriptError, outcome.Kind);
        Assert.Contains("400 to 599", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_HttpErrorCannotBeReplaced_ByTheScript()
    {
        var outcome = await Run("function execute(params) { HttpError = function () {}; return 1; }");

        Assert.Equal(ScriptOutcomeKind.ScriptError, outcome.Kind);
        Assert.Contains("TypeError", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_StatementLimit_GivesWhereTheRunStopped()
    {
        var limits = ScriptLimits.Default with { MaxStatements = 1_000 };

        var outcome = await Run("function execute(params) {\n  let i = 0;\n  while (true) { i++; }\n}", limits: limits);

        Assert.Equal(ScriptOutcomeKind.LimitExceeded, outcome.Kind);
        Assert.Equal(3, outcome.Line);
    }

    [Fact]
    public async Task RunAsync_OrdinaryThrow_GivesMessageAndLine()
    {
        var outcome = await Run("function execute(params) {\n  const x = 1;\n  throw new Error('bad input');\n}");

        Assert.Equal(ScriptOutcomeKind.ScriptError, outcome.Kind);
        Assert.Equal("Error: bad input", outcome.Message);
        Assert.Equal(3, outcome.Line);
    }

    [Fact]
    public async Task RunAsync_RuntimeTypeError_GivesLine()
    {
        var outcome = await Run("function execute(params) {\n\n  return params.nothing.deeper;\n}");

        Assert.Equal(ScriptOutcomeKind.ScriptError, outcome.Kind);
        Assert.Equal(3, outcome.Line);
        Assert.StartsWith("TypeError", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_AsyncThrow_GivesMessageAndLine()
    {
        var outcome = await Run("async function execute(params) {\n  await null;\n  throw new Error('later');\n}");

        Assert.Equal(ScriptOutcomeKind.ScriptError, outcome.Kind);
        Assert.Equal("Error: later", outcome.Message);
        Assert.Equal(3, outcome.Line);
    }

    [Fact]
    public async Task RunAsync_ThrowsString_GivesIt()
    {
        var outcome = await Run("function execute(params) { throw 'plain'; }");

        Assert.Equal(ScriptOutcomeKind.ScriptError, outcome.Kind);
        Assert.Equal("plain", outcome.Message);
        Assert.Equal(1, outcome.Line);
        Assert.Equal(34, outcome.Column); // where the thrown value starts
    }

    [Fact]
    public async Task RunAsync_ThrownObjectWithThrowingGetter_IsAScriptError()
    {
        var outcome = await Run("function execute(params) { throw { get message() { throw new Error('inner'); }, get name() { throw 1; } }; }");

        Assert.Equal(ScriptOutcomeKind.ScriptError, outcome.Kind);
    }

    [Fact]
    public async Task RunAsync_ThrownHttpErrorWithEndlessGetter_TimesOut()
    {
        var limits = ScriptLimits.Default with { Timeout = TimeSpan.FromMilliseconds(50), MaxStatements = int.MaxValue };

        var outcome = await Run("""
            function execute(params) {
              const e = new HttpError(400, 'x');
              Object.defineProperty(e, 'status', { get() { while (true) { } } });
              throw e;
            }
            """, limits: limits);

        Assert.Equal(ScriptOutcomeKind.Timeout, outcome.Kind);
    }

    [Fact]
    public async Task RunAsync_ReturnsCycle_IsAScriptError()
    {
        var outcome = await Run("function execute(params) { const a = {}; a.self = a; return a; }");

        Assert.Equal(ScriptOutcomeKind.ScriptError, outcome.Kind);
    }

    [Fact]
    public async Task RunAsync_ImplicitGlobal_IsRefusedInStrictMode()
    {
        var outcome = await Run("function execute(params) { leaked = 1; return leaked; }");

        Assert.Equal(ScriptOutcomeKind.ScriptError, outcome.Kind);
        Assert.StartsWith("ReferenceError", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_OneProgramManyRuns_StateIsIndependent()
    {
        var program = Program("""
            let count = 0;
            function execute(params) { count += 1; globalThis.seen = (globalThis.seen || 0) + 1; return [count, globalThis.seen, params.n]; }
            """);
        var sandbox = new ScriptSandbox(ScriptLimits.Default);

        var outcomes = new List<ScriptOutcome>();
        for (var n = 0; n < 3; n++)
        {
            outcomes.Add(await sandbox.RunAsync(program, new Dictionary<string, object?> { ["n"] = (long)n }, CancellationToken.None));
        }

        Assert.Equal(["[1,1,0]", "[1,1,1]", "[1,1,2]"], outcomes.Select(o => o.Data!.ToJsonString()));
    }

    [Fact]
    public async Task RunAsync_CancelledBeforeStart_IsCancelled()
    {
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        var outcome = await Run("function execute(params) { return 1; }", cancellationToken: cancel.Token);

        Assert.Equal(ScriptOutcomeKind.Cancelled, outcome.Kind);
    }

    [Fact]
    public async Task RunAsync_CancelledWhileRunning_IsCancelled()
    {
        using var cancel = new CancellationTokenSource();
        var program = Program("function execute(params) { while (true) { } }");
        var limits = ScriptLimits.Default with { Timeout = TimeSpan.FromHours(1), MaxStatements = int.MaxValue };
        // The client goes away once the run has begun (when it sets its deadline), so the
        // engine itself must notice; the hour-long timeout cannot end the loop first.
        var clock = new CancelWhenDeadlineSet(cancel);

        var outcome = await new ScriptSandbox(limits, clock).RunAsync(program, new Dictionary<string, object?>(), cancel.Token);

        Assert.Equal(ScriptOutcomeKind.Cancelled, outcome.Kind);
        Assert.True(clock.DeadlineSet);
    }

    private sealed class CancelWhenDeadlineSet(CancellationTokenSource cancel) : TimeProvider
    {
        public bool DeadlineSet { get; private set; }

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            DeadlineSet = true;
            cancel.Cancel();
            return base.CreateTimer(callback, state, dueTime, period);
        }
    }
}
