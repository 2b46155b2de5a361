using System.Text.Json.Nodes;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Descriptors;
using Jint.Runtime.Descriptors.Specialized;
using Jint.Runtime.Interop;

namespace Sluice.Core.Scripting;

/// <summary>Puts one run's <see cref="ScriptHostObject"/>s into its engine as frozen globals of
/// plain JS functions, and keeps the promise-returning calls the script has started until the
/// run's loop settles them. Arguments and answers cross only as JSON.</summary>
internal sealed class ScriptHostBridge
{
    /// <summary>What the script sees for any host failure that is not a <see cref="ScriptHostException"/>.</summary>
    internal const string FailedMessage = "The host call failed";

    private readonly Engine _engine;
    private readonly RunMemoryBudget _budget;
    private readonly CancellationToken _runToken;
    private readonly List<PendingHostCall> _pending = [];

    /// <param name="engine">The run's fresh engine, before the script has run.</param>
    /// <param name="budget">The run's memory budget; paused while host code runs.</param>
    /// <param name="runToken">Given to every host call: the run's deadline, the client's cancel,
    /// and the end of the run.</param>
    public ScriptHostBridge(Engine engine, RunMemoryBudget budget, CancellationToken runToken)
    {
        _engine = engine;
        _budget = budget;
        _runToken = runToken;
    }

    /// <summary>True while a promise-returning host call has not been settled.</summary>
    public bool HasPending => _pending.Count > 0;

    /// <summary>Defines each host object as a non-writable, non-configurable global whose object
    /// and methods are frozen. An object is built the first time the script reads its global, so a
    /// run pays only for the host objects its script uses. Call before the script runs.</summary>
    public void Define(IReadOnlyList<ScriptHostObject> hosts)
    {
        foreach (var host in hosts)
        {
            if (_engine.Global.HasOwnProperty(host.Name))
            {
                throw new ArgumentException($"A host object cannot be named '{host.Name}': a global of that name already exists.", nameof(hosts));
            }
            _engine.Advanced.AddLazyGlobal(host.Name, (this, host), static (_, state) => state.Item1.Build(state.host), PropertyFlag.AllForbidden);
        }
    }

    private JsObject Build(ScriptHostObject host)
    {
        var target = new JsObject(_engine);
        foreach (var method in host.Methods)
        {
            var function = new ClrFunction(_engine, method.Name, (_, arguments) => Call(method, arguments), 0, PropertyFlag.AllForbidden);
            Freeze(function);
            target.DefineOwnProperty(method.Name, new PropertyDescriptor(function, writable: false, enumerable: true, configurable: false));
        }
        target.PreventExtensions();
        return target;
    }

    // What Object.freeze does, without calling into the engine: every own property made
    // read-only and fixed, and no property can be added.
    private static void Freeze(ObjectInstance target)
    {
        foreach (var key in target.GetOwnPropertyKeys())
        {
            var own = target.GetOwnProperty(key);
            target.DefineOwnProperty(key, own.IsAccessorDescriptor()
                ? new GetSetPropertyDescriptor(own.Get, own.Set, enumerable: own.Enumerable, configurable: false)
                : new PropertyDescriptor(own.Value, writable: false, enumerable: own.Enumerable, configurable: false));
        }
        target.PreventExtensions();
    }

    /// <summary>Waits, without blocking a thread, until one pending host call has finished.</summary>
    /// <exception cref="OperationCanceledException">The run's deadline passed or the client went away.</exception>
    public async Task<PendingHostCall> NextFinishedAsync(CancellationToken cancellationToken)
    {
        if (_pending.Count == 1)
        {
            // The common case, one call awaited at a time, without a WhenAny.
            var only = _pending[0];
            if (!only.Task.IsCompleted)
            {
                await ((Task)only.Task).WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                cancellationToken.ThrowIfCancellationRequested();
            }
            return only;
        }
        var finished = await Task.WhenAny(_pending.Select(call => call.Task)).WaitAsync(cancellationToken);
        return _pending.First(call => call.Task == finished);
    }

    /// <summary>Resolves the script's Promise with the call's answer, or rejects it with an
    /// <c>Error</c>. Call inside an entry into the engine; the reactions run with the next
    /// processing of its jobs.</summary>
    public void Settle(PendingHostCall call)
    {
        _pending.Remove(call);
        if (call.Task.IsCompletedSuccessfully)
        {
            call.Promise.Resolve(ScriptJson.ToScript(_engine, call.Task.Result));
        }
        else
        {
            call.Promise.Reject(ErrorFor(call.Task.Exception?.InnerException).Error);
        }
    }

    /// <summary>Stops watching the calls still under way (their token is cancelled by then), so
    /// any failure they end with is observed rather than left unobserved.</summary>
    public void Abandon()
    {
        foreach (var call in _pending)
        {
            Observe(call.Task);
        }
        _pending.Clear();
    }

    private JsValue Call(ScriptHostMethod method, JsValue[] arguments)
    {
        var json = new JsonNode?[arguments.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            json[i] = ScriptJson.FromScript(_engine, arguments[i]);
        }
        ValueTask<JsonNode?> call;
        using (_budget.Pause())
        {
            try
            {
                call = method.Call(json, _runToken);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                call = ValueTask.FromException<JsonNode?>(exception);
            }
        }
        return method.ReturnsPromise ? Started(call.AsTask()) : Answered(call);
    }

    private JsValue Started(Task<JsonNode?> task)
    {
        var promise = _engine.Advanced.RegisterPromise();
        _pending.Add(new PendingHostCall(task, promise));
        return promise.Promise;
    }

    private JsValue Answered(ValueTask<JsonNode?> call)
    {
        if (call.IsCompletedSuccessfully)
        {
            return ScriptJson.ToScript(_engine, call.Result);
        }
        var task = call.AsTask();
        // A method promising an answer at once that does not give one is a host bug; the task is
        // left to finish on its own, observed.
        Observe(task);
        throw ErrorFor(task.IsCompleted ? task.Exception?.InnerException : null);
    }

    // Only a ScriptHostException's message is meant for the script; anything else may name host
    // internals, so the script learns only that the call failed.
    private JavaScriptException ErrorFor(Exception? exception) =>
        new(_engine.Intrinsics.Error, exception is ScriptHostException hostError ? hostError.Message : FailedMessage);

    private static void Observe(Task task) =>
        task.ContinueWith(static finished => _ = finished.Exception, CancellationToken.None,
            TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
}
