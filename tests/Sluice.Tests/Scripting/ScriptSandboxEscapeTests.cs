using Sluice.Core.Scripting;
using static Sluice.Tests.Scripting.ScriptSandboxTests;

namespace Sluice.Tests.Scripting;

/// <summary>Everything a script might try to reach the host or exhaust it with, each refused.</summary>
public sealed class ScriptSandboxEscapeTests
{
    private static readonly ScriptLimits Small = new(TimeSpan.FromSeconds(30), 8, 1_000_000, 64);

    [Theory]
    [InlineData("System")]
    [InlineData("importNamespace")]
    [InlineData("clrHelper")]
    [InlineData("require")]
    [InlineData("module")]
    [InlineData("process")]
    [InlineData("setTimeout")]
    [InlineData("setInterval")]
    [InlineData("setImmediate")]
    [InlineData("queueMicrotask")]
    [InlineData("console")]
    [InlineData("fetch")]
    [InlineData("XMLHttpRequest")]
    public async Task RunAsync_HostGlobal_IsNotDefined(string name)
    {
        var outcome = await Run($"function execute(params) {{ return typeof {name}; }}");

        Assert.Equal("undefined", outcome.Data!.GetValue<string>());
    }

    [Fact]
    public async Task RunAsync_UsesSystemNamespace_IsAReferenceError()
    {
        var outcome = await Run("function execute(params) { return System.IO.File.ReadAllText('/etc/passwd'); }");

        Assert.Equal(ScriptOutcomeKind.ScriptError, outcome.Kind);
        Assert.StartsWith("ReferenceError", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ParamsAndResults_HaveNoHostMembers()
    {
        var parameters = new Dictionary<string, object?> { ["list"] = new List<object?> { 1L }, ["text"] = "a" };

        var outcome = await Run("""
            function execute(params) {
              const probes = [params, params.list, params.text, HttpError, new HttpError(400, 'x')];
              return probes.map(p => [typeof p.GetType, typeof p.getType, typeof p.constructor.GetType]);
            }
            """, parameters);

        Assert.DoesNotContain("function", outcome.Data!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ConstructorConstructor_YieldsNoHost()
    {
        // Strict mode reaches Function-made code too, so 'return this' gives undefined; the
        // global object itself (via globalThis) is the plain JS one.
        var outcome = await Run("""
            function execute(params) {
              const viaThis = params.constructor.constructor('return this')();
              const viaGlobal = (() => {}).constructor('return globalThis')();
              return {
                this_kind: typeof viaThis,
                same_global: viaGlobal === globalThis,
                host: Object.getOwnPropertyNames(viaGlobal).filter(n => ['System', 'importNamespace', 'clrHelper', 'require', 'process'].includes(n)),
              };
            }
            """);

        Assert.Equal("""{"this_kind":"undefined","same_global":true,"host":[]}""", outcome.Data!.ToJsonString());
    }

    [Fact]
    public async Task RunAsync_GlobalProperties_AreOnlyStandardJavaScriptAndHttpError()
    {
        var outcome = await Run("function execute(params) { return Object.getOwnPropertyNames(globalThis); }");

        var names = outcome.Data!.AsArray().Select(n => n!.GetValue<string>()).ToHashSet();
        Assert.Contains("HttpError", names);
        Assert.Contains("JSON", names);
        Assert.DoesNotContain(names, n => n.Contains("clr", StringComparison.OrdinalIgnoreCase) || n is "System" or "importNamespace" or "host");
    }

    [Fact]
    public async Task RunAsync_EvalAndFunction_CannotReachHostObjects()
    {
        var outcome = await Run("""
            function execute(params) {
              const viaEval = (0, eval)("typeof System + typeof importNamespace + typeof clrHelper");
              const viaFunction = Function("return typeof System + typeof importNamespace")();
              const tryThis = Function("return this")() === undefined;
              return [viaEval, viaFunction, tryThis];
            }
            """);

        Assert.Equal("""["undefinedundefinedundefined","undefinedundefined",true]""", outcome.Data!.ToJsonString());
    }

    [Fact]
    public async Task RunAsync_PrototypePollution_DoesNotReachTheNextRunOrTheHost()
    {
        var program = Program("""
            function execute(params) {
              const before = ({}).polluted;
              Object.prototype.polluted = 'yes';
              Array.prototype.map = () => 'hijacked';
              JSON.stringify = () => '"hijacked"';
              return { before: before === undefined ? 'clean' : before, list: [1, 2] };
            }
            """);
        var sandbox = new ScriptSandbox(ScriptLimits.Default);

        var first = await sandbox.RunAsync(program, new Dictionary<string, object?>(), CancellationToken.None);
        var second = await sandbox.RunAsync(program, new Dictionary<string, object?>(), CancellationToken.None);

        // The host reads the result without the script's JSON.stringify or its prototypes.
        Assert.Equal("""{"before":"clean","list":[1,2]}""", first.Data!.ToJsonString());
        Assert.Equal("""{"before":"clean","list":[1,2]}""", second.Data!.ToJsonString());
    }

    [Fact]
    public async Task RunAsync_InfiniteLoop_TimesOut()
    {
        var limits = ScriptLimits.Default with { Timeout = TimeSpan.FromMilliseconds(50), MaxStatements = int.MaxValue };

        var outcome = await Run("function execute(params) { while (true) { } }", limits: limits);

        Assert.Equal(ScriptOutcomeKind.Timeout, outcome.Kind);
        Assert.Contains("timed out after", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("SCRIPT_EXEC_TIMEOUT", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_EmptyForLoop_TimesOut()
    {
        var limits = ScriptLimits.Default with { Timeout = TimeSpan.FromMilliseconds(50), MaxStatements = int.MaxValue };

        var outcome = await Run("function execute(params) { for (;;); }", limits: limits);

        Assert.Equal(ScriptOutcomeKind.Timeout, outcome.Kind);
    }

    [Fact]
    public async Task RunAsync_DeepRecursion_HitsTheRecursionLimit()
    {
        var outcome = await Run("function down(n) { return down(n + 1) + 1; }\nfunction execute(params) { return down(0); }", limits: Small);

        Assert.Equal(ScriptOutcomeKind.LimitExceeded, outcome.Kind);
        Assert.Contains("SCRIPT_MAX_RECURSION", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_HugeString_HitsTheMemoryLimit()
    {
        var outcome = await Run("function execute(params) { let s = 'x'; while (true) { s = s + s; s.charAt(0); } }", limits: Small);

        Assert.Equal(ScriptOutcomeKind.LimitExceeded, outcome.Kind);
        Assert.Contains("SCRIPT_MEMORY_LIMIT_MB", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_GrowingArray_HitsTheMemoryLimit()
    {
        var outcome = await Run("function execute(params) { const a = []; while (true) { a.push({ n: a.length, s: 'row' + a.length }); } }",
            limits: Small with { MaxStatements = int.MaxValue });

        Assert.Equal(ScriptOutcomeKind.LimitExceeded, outcome.Kind);
        Assert.Contains("SCRIPT_MEMORY_LIMIT_MB", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_TightAllocationLoop_HitsALimit()
    {
        var outcome = await Run("function execute(params) { let keep; for (let i = 0; ; i++) { keep = new Array(1000).fill(i); } }", limits: Small);

        Assert.Equal(ScriptOutcomeKind.LimitExceeded, outcome.Kind);
    }

    [Fact]
    public async Task RunAsync_ManyStatements_HitsTheStatementLimit()
    {
        var limits = ScriptLimits.Default with { MaxStatements = 10_000 };

        var outcome = await Run("function execute(params) { let n = 0; for (let i = 0; i < 1e9; i++) { n += i; } return n; }", limits: limits);

        Assert.Equal(ScriptOutcomeKind.LimitExceeded, outcome.Kind);
        Assert.Contains("SCRIPT_MAX_STATEMENTS", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_NeverSettlingPromise_IsAScriptErrorAtOnce()
    {
        // Nothing the script waits for is under way, so no amount of waiting can settle it.
        var limits = ScriptLimits.Default with { Timeout = TimeSpan.FromHours(1) };

        var outcome = await Run("function execute(params) { return new Promise(() => {}); }", limits: limits);

        Assert.Equal(ScriptOutcomeKind.ScriptError, outcome.Kind);
        Assert.Contains("can never settle", outcome.Message, StringComparison.Ordinal);
    }
}
