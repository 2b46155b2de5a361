using System.Text.Json.Nodes;
using Sluice.Core.Scripting;

namespace Sluice.Tests.Scripting;

/// <summary>Host objects for sandbox tests, built from plain delegates.</summary>
internal static class ScriptHosts
{
    public static ScriptHostMethod Sync(string name, Func<IReadOnlyList<JsonNode?>, JsonNode?> call) =>
        new(name, (arguments, _) => ValueTask.FromResult(call(arguments)), ReturnsPromise: false);

    public static ScriptHostMethod Async(string name, Func<IReadOnlyList<JsonNode?>, CancellationToken, Task<JsonNode?>> call) =>
        new(name, (arguments, cancellationToken) => new ValueTask<JsonNode?>(call(arguments, cancellationToken)), ReturnsPromise: true);

    /// <summary>An asynchronous method that answers null after yielding its thread.</summary>
    public static ScriptHostMethod Tick(string name) => Async(name, async (_, _) =>
    {
        await Task.Yield();
        return null;
    });

    /// <summary>An asynchronous method that answers null only once the thread that called it
    /// has finished, so the script's next piece must run on another thread (and a run blocking
    /// its thread on the call would never get the answer).</summary>
    public static ScriptHostMethod TickAfterCallerLeaves(string name) => Async(name, (_, _) =>
    {
        var caller = Thread.CurrentThread;
        var answer = new TaskCompletionSource<JsonNode?>();
        new Thread(() =>
        {
            caller.Join();
            answer.SetResult(null);
        }).Start();
        return answer.Task;
    });

    public static ScriptHostObject Host(string name, params ScriptHostMethod[] methods) => new(name, methods);

    public static Task<ScriptOutcome> Run(string source, IReadOnlyList<ScriptHostObject> hosts, ScriptLimits? limits = null,
        TimeProvider? time = null, CancellationToken cancellationToken = default) =>
        new ScriptSandbox(limits ?? ScriptLimits.Default, time).RunAsync(ScriptSandboxTests.Program(source), new Dictionary<string, object?>(), hosts, cancellationToken);
}
