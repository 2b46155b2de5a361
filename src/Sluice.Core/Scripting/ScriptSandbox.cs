using Acornima.Ast;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Descriptors;

namespace Sluice.Core.Scripting;

/// <summary>Runs <see cref="ScriptProgram"/>s, each run in a fresh engine under
/// <see cref="ScriptLimits"/>: strict mode, no CLR, no modules but the script macros a program
/// imports, no timers, host objects only as frozen globals of plain functions, and only JSON-like
/// values crossing between the host and the script.</summary>
/// <param name="limits">What one run may use.</param>
/// <param name="timeProvider">The clock of the run's timeout; the system clock when null.</param>
public sealed class ScriptSandbox(ScriptLimits limits, TimeProvider? timeProvider = null)
{
    // Every engine's HttpError, a read-only global built the first time a script names it.
    private static readonly Prepared<Script> HttpErrorClass = Engine.PrepareScript("""
        (class HttpError extends Error {
          constructor(status, message) {
            super(message);
            this.name = 'HttpError';
            this.status = status;
          }
        })
        """, "prelude", strict: true);

    // A registry key no script macro can take (their names are checked when imported).
    private const string ProgramModuleKey = "\0script";

    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    /// <summary>What one run may use.</summary>
    public ScriptLimits Limits => limits;

    /// <summary>Runs <paramref name="program"/>'s <c>execute(params)</c> with no host objects;
    /// see <see cref="RunAsync(ScriptProgram, IReadOnlyDictionary{string, object?}, IReadOnlyList{ScriptHostObject}, CancellationToken)"/>.</summary>
    public Task<ScriptOutcome> RunAsync(ScriptProgram program, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken) =>
        RunAsync(program, parameters, [], cancellationToken);

    /// <summary>Runs <paramref name="program"/>'s <c>execute(params)</c>, awaits a returned
    /// Promise and gives the outcome as a value; never throws for anything the script does.
    /// Script code runs on the calling thread and on the threads host calls finish on, one
    /// piece at a time; while the script awaits host I/O no thread is held.</summary>
    /// <param name="program">A program from <see cref="ScriptProgram.Parse"/>.</param>
    /// <param name="parameters">JSON-like values (strings, numbers, bools, dates, lists,
    /// dictionaries); the script gets its own copy.</param>
    /// <param name="hosts">Host objects defined as frozen globals for this run.</param>
    /// <param name="cancellationToken">Cancelled when the client goes away.</param>
    public async Task<ScriptOutcome> RunAsync(ScriptProgram program, IReadOnlyDictionary<string, object?> parameters, IReadOnlyList<ScriptHostObject> hosts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(program);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(hosts);
        if (cancellationToken.IsCancellationRequested)
        {
            return Cancelled();
        }
        // One deadline for the whole run, seen by the engine through its cancellation token. The
        // engine's own timeout is not used: it restarts with each call into the engine, and each
        // restart registers a timer.
        using var deadline = new CancellationTokenSource(limits.Timeout, _time);
        using var run = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        var budget = new RunMemoryBudget(limits.MemoryLimitBytes);
        using var engine = new Engine(options => options
            .Strict()
            .LimitMemory(limits.MemoryLimitBytes)
            .MaxStatements(limits.MaxStatements)
            .LimitRecursion(limits.MaxRecursion)
            .CancellationToken(run.Token)
            .Constraint(budget));
        var bridge = new ScriptHostBridge(engine, budget, run.Token);
        try
        {
            return await Run(engine, bridge, budget, program, parameters, hosts, run.Token, cancellationToken);
        }
        finally
        {
            // Host calls the run no longer awaits stop now; their ends are observed, not awaited.
            await run.CancelAsync();
            bridge.Abandon();
        }
    }

    private async Task<ScriptOutcome> Run(Engine engine, ScriptHostBridge bridge, RunMemoryBudget budget, ScriptProgram program,
        IReadOnlyDictionary<string, object?> parameters, IReadOnlyList<ScriptHostObject> hosts, CancellationToken runToken, CancellationToken clientToken)
    {
        PromiseSettlement settlement;
        try
        {
            using (budget.Enter())
            {
                engine.Advanced.AddLazyGlobal("HttpError", static engine => engine.Evaluate(HttpErrorClass), PropertyFlag.AllForbidden);
                bridge.Define(hosts);
                var then = PromiseSettlement.IntrinsicThen(engine);
                var scriptParams = ScriptJson.ToScript(engine, parameters);
                var result = engine.Invoke(LoadExecute(engine, program), JsValue.Undefined, [scriptParams]);
                if (!result.IsPromise())
                {
                    return ScriptOutcome.Success(ScriptJson.FromScript(engine, result));
                }
                settlement = PromiseSettlement.Watch(engine, then, result);
                engine.Advanced.ProcessTasks();
            }
            while (!settlement.IsSettled)
            {
                if (!bridge.HasPending)
                {
                    return new ScriptOutcome(ScriptOutcomeKind.ScriptError,
                        Message: "The script awaits a Promise that can never settle: nothing it waits for is under way. Resolve every Promise it creates, or await only host calls.");
                }
                var finished = await bridge.NextFinishedAsync(runToken);
                using (budget.Enter())
                {
                    bridge.Settle(finished);
                    engine.Advanced.ProcessTasks();
                }
            }
            using (budget.Enter())
            {
                return settlement.IsRejected
                    ? Rejected(engine, settlement.Value, clientToken)
                    : ScriptOutcome.Success(ScriptJson.FromScript(engine, settlement.Value));
            }
        }
        catch (Exception exception) when (IsScriptStop(exception))
        {
            using (budget.Enter())
            {
                return Stopped(engine, exception, readingThrown: false, clientToken);
            }
        }
    }

    // A module program goes into the run's registry with the macros it imports; the engine has
    // no module loader, so nothing else can be imported.
    private static JsValue LoadExecute(Engine engine, ScriptProgram program)
    {
        if (program.Module is not { } module)
        {
            engine.Execute(program.Script!.Value);
            return engine.GetValue("execute");
        }
        foreach (var macro in program.Macros)
        {
            engine.Modules.Add(macro.Name, builder => builder.AddModule(macro.Module));
        }
        engine.Modules.Add(ProgramModuleKey, builder => builder.AddModule(module));
        return engine.Modules.Import(ProgramModuleKey).Get("execute");
    }

    private ScriptOutcome Rejected(Engine engine, JsValue reason, CancellationToken clientToken)
    {
        try
        {
            return Thrown(engine, reason, null, 0, 0);
        }
        catch (Exception inner) when (IsScriptStop(inner))
        {
            return Stopped(engine, inner, readingThrown: true, clientToken);
        }
    }

    private static bool IsScriptStop(Exception exception) => exception is JavaScriptException or PromiseRejectedException
        or MemoryLimitExceededException or StatementsCountOverflowException or RecursionDepthOverflowException
        or OperationCanceledException or ExecutionCanceledException or TimeoutException;

    private ScriptOutcome Stopped(Engine engine, Exception exception, bool readingThrown, CancellationToken clientToken)
    {
        switch (exception)
        {
            case JavaScriptException or PromiseRejectedException when readingThrown:
                return new ScriptOutcome(ScriptOutcomeKind.ScriptError, Message: "The script threw a value whose message could not be read.");
            case JavaScriptException or PromiseRejectedException:
                // Reading a thrown object's name, message or status may run the script's getters,
                // which may throw or hit a limit in turn.
                try
                {
                    return exception is JavaScriptException thrown
                        ? ThrownAt(engine, thrown)
                        : Thrown(engine, ((PromiseRejectedException)exception).RejectedValue, null, 0, 0);
                }
                catch (Exception inner) when (IsScriptStop(inner))
                {
                    return Stopped(engine, inner, readingThrown: true, clientToken);
                }
            case MemoryLimitExceededException:
                return Limit(engine, $"The script used more than {limits.MemoryLimitMb} MB of memory (SCRIPT_MEMORY_LIMIT_MB); raise the setting or have the script build less.");
            case StatementsCountOverflowException:
                return Limit(engine, $"The script ran more than {limits.MaxStatements} statements (SCRIPT_MAX_STATEMENTS); raise the setting or have the script do less.");
            case RecursionDepthOverflowException:
                return Limit(engine, $"The script nested calls deeper than {limits.MaxRecursion} (SCRIPT_MAX_RECURSION); raise the setting or recurse less.");
            default:
                return clientToken.IsCancellationRequested ? Cancelled() : TimedOut(engine);
        }
    }

    // Thrown inside a script macro, the error's place is in the macro's source; the script's
    // line is then where it called into the macro (from the stack), and the message says where
    // in the macro.
    private static ScriptOutcome ThrownAt(Engine engine, JavaScriptException thrown)
    {
        var location = thrown.Location;
        var start = location.Start;
        if (location.SourceFile is not { Length: > 0 } macro || macro == ScriptProgram.SourceName)
        {
            return Thrown(engine, thrown.Error, thrown.Message, start.Line, start.Column + 1);
        }
        var outcome = Thrown(engine, thrown.Error, thrown.Message, 0, 0);
        return outcome.Kind == ScriptOutcomeKind.ScriptError
            ? outcome with { Message = $"{outcome.Message} (in script macro '{macro}', line {start.Line}, column {start.Column + 1})" }
            : outcome;
    }

    // Where the script was when a limit stopped it, so a program made of several authors' pieces
    // can say whose piece ran too long; (0, 0) when the engine was outside the script.
    private static (int Line, int Column) StoppedAt(Engine engine) => StackPosition(engine.Advanced.StackTrace);

    private static ScriptOutcome Thrown(Engine engine, JsValue error, string? message, int line, int column)
    {
        if (error is ObjectInstance thrown && IsHttpError(engine, thrown))
        {
            var status = thrown.Get("status");
            var text = thrown.Get("message");
            var statusCode = status.IsNumber() ? status.AsNumber() : 0;
            if (statusCode is >= 400 and <= 599 && statusCode == Math.Floor(statusCode))
            {
                return new ScriptOutcome(ScriptOutcomeKind.HttpError, Status: (int)statusCode, Message: text.IsString() ? text.AsString() : "");
            }
            return new ScriptOutcome(ScriptOutcomeKind.ScriptError, Message: $"HttpError needs a status from 400 to 599, not {status}.", Line: line, Column: column);
        }
        if (line == 0 && error is ObjectInstance errorObject)
        {
            (line, column) = StackPosition(errorObject.Get("stack"));
        }
        message ??= error is ObjectInstance withMessage && withMessage.Get("message") is { } inner && inner.IsString()
            ? inner.AsString()
            : error.ToString();
        if (error is ObjectInstance named && named.Get("name") is { } name && name.IsString() && !message.StartsWith(name.AsString(), StringComparison.Ordinal))
        {
            message = $"{name.AsString()}: {message}";
        }
        return new ScriptOutcome(ScriptOutcomeKind.ScriptError, Message: message, Line: line, Column: column);
    }

    private static bool IsHttpError(Engine engine, ObjectInstance thrown)
    {
        var prototype = engine.GetValue("HttpError").AsObject().Get("prototype");
        for (var current = thrown.Prototype; current is not null; current = current.Prototype)
        {
            if (ReferenceEquals(current, prototype))
            {
                return true;
            }
        }
        return false;
    }

    // A rejected Promise carries no location of its own; the error's stack names where it was made.
    private static (int Line, int Column) StackPosition(JsValue stack) => stack.IsString() ? StackPosition(stack.AsString()) : (0, 0);

    /// <summary>The line and column of the first frame of the script in an error's
    /// <c>stack</c> text; (0, 0) when there is none.</summary>
    internal static (int Line, int Column) StackPosition(string text)
    {
        var marker = ScriptProgram.SourceName + ":";
        var at = text.IndexOf(marker, StringComparison.Ordinal);
        // A macro whose name ends in "script" ("my-script:2:5") is not the script.
        while (at > 0 && text[at - 1] is not (' ' or '(' or '\n'))
        {
            at = text.IndexOf(marker, at + marker.Length, StringComparison.Ordinal);
        }
        if (at < 0)
        {
            return (0, 0);
        }
        var parts = text[(at + marker.Length)..].Split([':', ')', '\n', ' '], 3);
        return parts.Length >= 2 && int.TryParse(parts[0], out var line) && int.TryParse(parts[1], out var column) ? (line, column) : (0, 0);
    }

    private static ScriptOutcome Limit(Engine engine, string message)
    {
        var (line, column) = StoppedAt(engine);
        return new(ScriptOutcomeKind.LimitExceeded, Message: message, Line: line, Column: column);
    }

    private ScriptOutcome TimedOut(Engine engine)
    {
        var (line, column) = StoppedAt(engine);
        return new(ScriptOutcomeKind.Timeout, Message: $"The script timed out after {limits.Timeout.TotalSeconds:0.###} s (SCRIPT_EXEC_TIMEOUT).", Line: line, Column: column);
    }

    private static ScriptOutcome Cancelled() => new(ScriptOutcomeKind.Cancelled, Message: "The run was cancelled.");
}
