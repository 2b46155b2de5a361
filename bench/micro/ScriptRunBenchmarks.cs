using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging.Abstractions;
using Sluice.Core.Scripting;
using Sluice.Core.Scripting.Hosts;

namespace Sluice.Bench.Micro;

/// <summary>One script run per operation — the sandbox's own cost around a script API's
/// database call: a fresh engine, the host objects a gateway run defines, the parameters in, the
/// answer out. The <c>db</c> host answers a fixed row at once, so no database time is counted.</summary>
[MemoryDiagnoser]
public class ScriptRunBenchmarks
{
    private const string LookupSource = """
        async function execute(params) {
          return await db.queryOne('SELECT id, name, price FROM items WHERE id = $1', [params.id]);
        }
        """;

    private const string PlainSource = "function execute(params) { return { id: params.id }; }";

    private static readonly JsonObject Row = new() { ["id"] = 42, ["name"] = "Widget 42", ["price"] = 9.99m };

    private readonly ScriptSandbox _sandbox = new(ScriptLimits.Default);
    private readonly Dictionary<string, object?> _values = new(StringComparer.Ordinal) { ["id"] = 42L };
    private ScriptProgram _lookup = null!;
    private ScriptProgram _plain = null!;
    private IReadOnlyList<ScriptHostObject> _hosts = null!;

    [GlobalSetup]
    public void Setup()
    {
        _lookup = Parse(LookupSource);
        _plain = Parse(PlainSource);
        var db = new ScriptHostObject("db",
        [
            new ScriptHostMethod("query", (_, _) => ValueTask.FromResult<JsonNode?>(new JsonArray(Row.DeepClone())), ReturnsPromise: true),
            new ScriptHostMethod("queryOne", (_, _) => ValueTask.FromResult<JsonNode?>(Row.DeepClone()), ReturnsPromise: true),
            new ScriptHostMethod("execute", (_, _) => ValueTask.FromResult<JsonNode?>(1), ReturnsPromise: true),
        ]);
        var tx = new ScriptHostObject("tx",
        [
            new ScriptHostMethod("begin", (_, _) => ValueTask.FromResult<JsonNode?>(null), ReturnsPromise: true),
            new ScriptHostMethod("commit", (_, _) => ValueTask.FromResult<JsonNode?>(null), ReturnsPromise: true),
            new ScriptHostMethod("rollback", (_, _) => ValueTask.FromResult<JsonNode?>(null), ReturnsPromise: true),
        ]);
        var http = new ScriptHttpClient(new ScriptHttpPolicy(ScriptHttpSettings.Default), TimeProvider.System);
        _hosts =
        [
            db,
            tx,
            ScriptHttpHost.Create(http),
            ScriptCacheHost.Create(new LocalScriptCacheStore(TimeProvider.System), 1),
            ScriptEnvHost.Create([]),
            ScriptLogHost.Create(NullLogger.Instance, new ScriptLogContext(1, "items/lookup", "bench"), null),
            ScriptResponseHost.Create(new ScriptResponse()),
        ];
        // Fail fast on a script mistake rather than measuring an error path.
        var outcome = Lookup().GetAwaiter().GetResult();
        if (!outcome.IsSuccess)
        {
            throw new InvalidOperationException(outcome.Message);
        }
    }

    /// <summary>The bench scenario's script: one awaited <c>db.queryOne</c>, with every host object defined.</summary>
    [Benchmark(Baseline = true)]
    public Task<ScriptOutcome> Lookup() => _sandbox.RunAsync(_lookup, _values, _hosts, CancellationToken.None);

    [Benchmark]
    public Task<ScriptOutcome> LookupDbOnly() => _sandbox.RunAsync(_lookup, _values, [_hosts[0]], CancellationToken.None);

    [Benchmark]
    public Task<ScriptOutcome> PlainAllHosts() => _sandbox.RunAsync(_plain, _values, _hosts, CancellationToken.None);

    /// <summary>A script returning an object from its parameters, with no host objects: the engine's floor.</summary>
    [Benchmark]
    public Task<ScriptOutcome> PlainNoHosts() => _sandbox.RunAsync(_plain, _values, CancellationToken.None);

    private static ScriptProgram Parse(string source) =>
        ScriptProgram.Parse(source).Program ?? throw new InvalidOperationException("The benchmark script does not parse.");
}
