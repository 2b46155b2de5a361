using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using Sluice.Core.Scripting;
using static Sluice.Tests.Scripting.ScriptHosts;

namespace Sluice.Tests.Scripting;

/// <summary>Scripts calling host objects: values crossing as JSON, Promises settled from .NET
/// tasks, failures the script can catch, and the run's limits holding across awaits.</summary>
public sealed class ScriptHostBridgeTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task RunAsync_SyncMethod_AnswersAtOnce()
    {
        var env = Host("env", Sync("get", arguments => JsonValue.Create("value of " + arguments[0]!.GetValue<string>())));

        var outcome = await Run("function execute(params) { const v = env.get('REGION'); return [v, typeof v]; }", [env]);

        Assert.Equal("""["value of REGION","string"]""", outcome.Data!.ToJsonString());
    }

    [Fact]
    public async Task RunAsync_AsyncMethod_ScriptAwaitsWithoutHoldingTheRun()
    {
        var answer = new TaskCompletionSource<JsonNode?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var called = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var db = Host("db", Async("query", (_, _) =>
        {
            called.SetResult();
            return answer.Task;
        }));

        var run = Run("async function execute(params) { const p = db.query('select 1'); const rows = await p; return { isPromise: p instanceof Promise, rows }; }", [db]);
        await called.Task.WaitAsync(Generous);
        // The run is waiting on the host's task, not blocking on it: it has not finished.
        Assert.False(run.IsCompleted);
        answer.SetResult(JsonNode.Parse("""[{"id":1}]"""));
        var outcome = await run.WaitAsync(Generous);

        Assert.Equal("""{"isPromise":true,"rows":[{"id":1}]}""", outcome.Data!.ToJsonString());
    }

    [Fact]
    public async Task RunAsync_Values_CrossAsJson()
    {
        JsonArray? received = null;
        var echo = Host("echo", Async("back", async (arguments, _) =>
        {
            await Task.Yield();
            received = new JsonArray([.. arguments.Select(argument => argument?.DeepClone())]);
            return received.DeepClone();
        }));

        var outcome = await Run("""
            async function execute(params) {
              const sent = [{ a: { b: [1, 2.5, 'x', null, true] } }, 's', -42, null, undefined, () => 1, [[], {}]];
              const back = await echo.back(...sent);
              return { back, nested: back[0].a.b[1] * 2, isArray: Array.isArray(back[6]) };
            }
            """, [echo]);

        Assert.Equal("""[{"a":{"b":[1,2.5,"x",null,true]}},"s",-42,null,null,null,[[],{}]]""", received!.ToJsonString());
        Assert.Equal("""{"back":[{"a":{"b":[1,2.5,"x",null,true]}},"s",-42,null,null,null,[[],{}]],"nested":5,"isArray":true}""", outcome.Data!.ToJsonString());
    }

    [Fact]
    public async Task RunAsync_HostAnswersNull_ScriptGetsNull()
    {
        var cache = Host("cache", Async("get", async (_, _) =>
        {
            await Task.Yield();
            return null;
        }), Sync("peek", _ => null));

        var outcome = await Run("async function execute(params) { return [await cache.get('k'), cache.peek('k')]; }", [cache]);

        Assert.Equal("[null,null]", outcome.Data!.ToJsonString());
    }

    [Fact]
    public async Task RunAsync_HostException_IsCatchableByTheScript()
    {
        var db = Host("db",
            Async("query", async (_, _) =>
            {
                await Task.Yield();
                throw new ScriptHostException("The query failed: relation orders does not exist");
            }),
            Sync("check", _ => throw new ScriptHostException("Not allowed")));

        var outcome = await Run("""
            async function execute(params) {
              const caught = [];
              try { await db.query('select * from orders'); } catch (e) { caught.push(e instanceof Error, e.message); }
              try { db.check(); } catch (e) { caught.push(e instanceof Error, e.message); }
              return caught;
            }
            """, [db]);

        Assert.Equal("""[true,"The query failed: relation orders does not exist",true,"Not allowed"]""", outcome.Data!.ToJsonString());
    }

    [Fact]
    public async Task RunAsync_HostExceptionUncaught_IsAScriptErrorWithItsMessage()
    {
        var db = Host("db", Async("query", (_, _) => Task.FromException<JsonNode?>(new ScriptHostException("Timed out waiting for the database"))));

        var outcome = await Run("async function execute(params) { return await db.query('select 1'); }", [db]);

        Assert.Equal(ScriptOutcomeKind.ScriptError, outcome.Kind);
        Assert.Equal("Error: Timed out waiting for the database", outcome.Message);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task RunAsync_OtherHostException_GivesOnlyAGenericMessage(bool returnsPromise)
    {
        ScriptHostCall call = (_, _) => throw new InvalidOperationException("password=hunter2 at Npgsql.NpgsqlConnector");
        var db = Host("db", new ScriptHostMethod("query", call, returnsPromise));

        var outcome = await Run("async function execute(params) { return await db.query('select 1'); }", [db]);
        var caught = await Run("async function execute(params) { try { await db.query('x'); } catch (e) { return e.message; } }", [db]);

        Assert.Equal(ScriptOutcomeKind.ScriptError, outcome.Kind);
        Assert.Equal("Error: The host call failed", outcome.Message);
        Assert.Equal("The host call failed", caught.Data!.GetValue<string>());
    }

    [Fact]
    public async Task RunAsync_SyncMethodThatDoesNotAnswerAtOnce_FailsGenerically()
    {
        var pending = new TaskCompletionSource<JsonNode?>();
        var env = Host("env", new ScriptHostMethod("get", (_, _) => new ValueTask<JsonNode?>(pending.Task), ReturnsPromise: false));

        var outcome = await Run("function execute(params) { return env.get('x'); }", [env]);

        Assert.Equal(ScriptOutcomeKind.ScriptError, outcome.Kind);
        Assert.Equal("Error: The host call failed", outcome.Message);
    }

    [Fact]
    public async Task RunAsync_PromiseAllOverTwoHostCalls_BothRunAtOnce()
    {
        var answers = new Dictionary<string, TaskCompletionSource<JsonNode?>>
        {
            ["a"] = new(TaskCreationOptions.RunContinuationsAsynchronously),
            ["b"] = new(TaskCreationOptions.RunContinuationsAsynchronously),
        };
        var bothCalled = new CountdownEvent(2);
        var http = Host("http", Async("get", (arguments, _) =>
        {
            bothCalled.Signal();
            return answers[arguments[0]!.GetValue<string>()].Task;
        }));

        var run = Run("async function execute(params) { const [a, b] = await Promise.all([http.get('a'), http.get('b')]); return { a, b }; }", [http]);
        Assert.True(bothCalled.Wait(Generous));
        // Finish in the other order: each answer still lands in its own place.
        answers["b"].SetResult(JsonValue.Create(2));
        answers["a"].SetResult(JsonValue.Create(1));
        var outcome = await run.WaitAsync(Generous);

        Assert.Equal("""{"a":1,"b":2}""", outcome.Data!.ToJsonString());
    }

    [Fact]
    public async Task RunAsync_ManySequentialAwaits_AllSettle()
    {
        var counter = Host("counter", Tick("tick"));

        var outcome = await Run("async function execute(params) { let n = 0; for (let i = 0; i < 200; i++) { await counter.tick(); n++; } return n; }", [counter]);

        Assert.Equal(200, outcome.Data!.GetValue<int>());
    }

    [Fact]
    public async Task RunAsync_HostCallNeverCompletes_TimesOutAndCancelsIt()
    {
        var time = new FakeTimeProvider();
        var limits = ScriptLimits.Default with { Timeout = TimeSpan.FromMinutes(1) };
        var called = new TaskCompletionSource<CancellationToken>(TaskCreationOptions.RunContinuationsAsynchronously);
        var db = Host("db", Async("query", (_, cancellationToken) =>
        {
            called.SetResult(cancellationToken);
            return new TaskCompletionSource<JsonNode?>().Task; // never completes, ignores the token
        }));

        var run = Run("async function execute(params) { return await db.query('select pg_sleep(3600)'); }", [db], limits, time);
        var hostToken = await called.Task.WaitAsync(Generous);
        Assert.False(run.IsCompleted);
        time.Advance(TimeSpan.FromMinutes(1));
        var outcome = await run.WaitAsync(Generous);

        Assert.Equal(ScriptOutcomeKind.Timeout, outcome.Kind);
        Assert.Contains("SCRIPT_EXEC_TIMEOUT", outcome.Message, StringComparison.Ordinal);
        Assert.True(hostToken.IsCancellationRequested);
    }

    [Fact]
    public async Task RunAsync_ClientCancelsDuringAwait_IsCancelled()
    {
        using var client = new CancellationTokenSource();
        var called = new TaskCompletionSource<CancellationToken>(TaskCreationOptions.RunContinuationsAsynchronously);
        var http = Host("http", Async("get", async (_, cancellationToken) =>
        {
            called.SetResult(cancellationToken);
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return null;
        }));

        var run = Run("async function execute(params) { return await http.get('https://example.com'); }", [http], cancellationToken: client.Token);
        var hostToken = await called.Task.WaitAsync(Generous);
        await client.CancelAsync();
        var outcome = await run.WaitAsync(Generous);

        Assert.Equal(ScriptOutcomeKind.Cancelled, outcome.Kind);
        Assert.True(hostToken.IsCancellationRequested);
    }

    [Fact]
    public async Task RunAsync_ScriptEndsWithACallStillRunning_TheCallIsCancelled()
    {
        var called = new TaskCompletionSource<CancellationToken>(TaskCreationOptions.RunContinuationsAsynchronously);
        var http = Host("http", Async("post", async (_, cancellationToken) =>
        {
            called.SetResult(cancellationToken);
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return null;
        }));

        var outcome = await Run("function execute(params) { http.post('https://example.com/hook'); return 'sent'; }", [http]);
        var hostToken = await called.Task.WaitAsync(Generous);

        Assert.Equal("sent", outcome.Data!.GetValue<string>());
        Assert.True(hostToken.IsCancellationRequested);
    }

    [Fact]
    public async Task RunAsync_AwaitsAPromiseNothingSettles_IsAScriptError()
    {
        var counter = Host("counter", Tick("tick"));

        var outcome = await Run("async function execute(params) { await counter.tick(); await new Promise(() => {}); return 1; }", [counter]);

        Assert.Equal(ScriptOutcomeKind.ScriptError, outcome.Kind);
        Assert.Contains("can never settle", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_InfiniteLoopAfterAnAwait_TimesOut()
    {
        var limits = ScriptLimits.Default with { Timeout = TimeSpan.FromMilliseconds(50), MaxStatements = int.MaxValue };
        var counter = Host("counter", Tick("tick"));

        var outcome = await Run("async function execute(params) { await counter.tick(); while (true) { } }", [counter], limits);

        Assert.Equal(ScriptOutcomeKind.Timeout, outcome.Kind);
    }

    [Fact]
    public async Task RunAsync_AllocatesALittleBetweenManyAwaits_HitsTheMemoryLimitInTotal()
    {
        // Each piece (about 200 KB) is far below the 8 MB limit; 400 of them are not.
        var limits = ScriptLimits.Default with { MemoryLimitMb = 8 };
        var counter = Host("counter", Tick("tick"));

        var outcome = await Run("""
            async function execute(params) {
              const keep = [];
              for (let i = 0; i < 400; i++) { await counter.tick(); keep.push('x'.repeat(100000)); }
              return keep.length;
            }
            """, [counter], limits);

        Assert.Equal(ScriptOutcomeKind.LimitExceeded, outcome.Kind);
        Assert.Contains("SCRIPT_MEMORY_LIMIT_MB", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_AllocatesBetweenAwaitsOnChangingThreads_HitsTheMemoryLimitInTotal()
    {
        // Each piece of the script after an await runs on a new thread: a count kept per thread
        // would see only one piece (about 200 KB) at a time.
        var limits = ScriptLimits.Default with { MemoryLimitMb = 8 };
        var counter = Host("counter", TickAfterCallerLeaves("tick"));
        var threads = new HashSet<Thread>();
        var probe = Host("probe", Sync("thread", _ =>
        {
            threads.Add(Thread.CurrentThread);
            return null;
        }));

        var outcome = await new NewThreadSynchronizationContext().RunAsync(() => Run("""
            async function execute(params) {
              const keep = [];
              for (let i = 0; i < 200; i++) { await counter.tick(); probe.thread(); keep.push('x'.repeat(100000)); }
              return keep.length;
            }
            """, [counter, probe], limits)).WaitAsync(Generous);

        Assert.Equal(ScriptOutcomeKind.LimitExceeded, outcome.Kind);
        Assert.Contains("SCRIPT_MEMORY_LIMIT_MB", outcome.Message, StringComparison.Ordinal);
        Assert.True(threads.Count > 1, $"{threads.Count} thread(s)");
    }

    [Fact]
    public async Task RunAsync_AllocatesWithinTheBudgetAcrossAwaits_Succeeds()
    {
        var limits = ScriptLimits.Default with { MemoryLimitMb = 8 };
        var counter = Host("counter", Tick("tick"));

        var outcome = await Run("""
            async function execute(params) {
              const keep = [];
              for (let i = 0; i < 5; i++) { await counter.tick(); keep.push('x'.repeat(100000)); }
              return keep.length;
            }
            """, [counter], limits);

        Assert.Equal(5, outcome.Data!.GetValue<int>());
    }

    [Fact]
    public async Task RunAsync_HostNamedLikeABuiltIn_IsRefused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Run("function execute(params) { return 1; }", [Host("JSON", Sync("parse", _ => null))]));
    }
}
