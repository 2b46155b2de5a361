using System.Text.Json.Nodes;
using Sluice.Core.Scripting;
using static Sluice.Tests.Scripting.ScriptHosts;

namespace Sluice.Tests.Scripting;

/// <summary>Scripts importing script macros: resolved when parsed, run from the run's own registry.</summary>
public sealed class ScriptMacroImportTests
{
    private static readonly Dictionary<string, string> Macros = new()
    {
        ["text_utils"] = """
            export function slugify(text) { return text.trim().toLowerCase().replace(/[^a-z0-9]+/g, '-'); }
            export const total = (items) => items.reduce((sum, item) => sum + item.price * item.qty, 0);
            """,
        ["money"] = """
            import { total } from "text_utils";
            export function withTax(items, rate) { return Math.round(total(items) * (1 + rate) * 100) / 100; }
            export default function euro(amount) { return amount.toFixed(2) + ' EUR'; }
            """,
        ["counter"] = "let count = 0;\nexport function next() { count += 1; return count; }",
        ["rows"] = "export async function first(sql) { const rows = await db.query(sql); return rows[0] ?? null; }",
        ["thrower"] = "export function fail() {\n  throw new Error('from the macro');\n}",
    };

    private static ScriptProgram Program(string source, IReadOnlyDictionary<string, string>? macros = null)
    {
        var result = ScriptProgram.Parse(source, macros ?? Macros);
        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        return result.Program!;
    }

    private static Task<ScriptOutcome> Run(string source, params ScriptHostObject[] hosts) =>
        new ScriptSandbox(ScriptLimits.Default).RunAsync(Program(source), new Dictionary<string, object?>(), hosts, CancellationToken.None);

    private static ScriptSyntaxError Refused(string source, IReadOnlyDictionary<string, string>? macros = null)
    {
        var result = ScriptProgram.Parse(source, macros ?? Macros);
        Assert.False(result.IsValid);
        return Assert.Single(result.Errors);
    }

    [Fact]
    public async Task RunAsync_ImportedFunctions_AreCalled()
    {
        var outcome = await Run("""
            import { slugify, total } from "text_utils";
            function execute(params) {
              return [slugify('  Hello World '), total([{ price: 2, qty: 3 }, { price: 1.5, qty: 2 }])];
            }
            """);

        Assert.Equal("""["hello-world",9]""", outcome.Data!.ToJsonString());
    }

    [Fact]
    public async Task RunAsync_MacroImportingAMacro_DefaultAndNamespaceImports_Work()
    {
        var outcome = await Run("""
            import euro, { withTax } from "money";
            import * as text from "text_utils";
            function execute(params) {
              return [euro(withTax([{ price: 10, qty: 2 }], 0.2)), typeof text.slugify];
            }
            """);

        Assert.Equal("""["24.00 EUR","function"]""", outcome.Data!.ToJsonString());
    }

    [Fact]
    public async Task RunAsync_MacroReExportingAnother_ExportsItsNames()
    {
        var macros = new Dictionary<string, string>(Macros)
        {
            ["all_text"] = "export * from \"text_utils\";\nexport { slugify as slug } from \"text_utils\";",
        };

        var result = ScriptProgram.Parse("import { total, slug } from \"all_text\";\nfunction execute(params) { return [slug('A B'), total([])]; }", macros);
        var outcome = await new ScriptSandbox(ScriptLimits.Default).RunAsync(result.Program!, new Dictionary<string, object?>(), CancellationToken.None);
        var refused = ScriptProgram.Parse("import { nope } from \"all_text\";\nfunction execute(params) { return 1; }", macros);

        Assert.Equal("""["a-b",0]""", outcome.Data!.ToJsonString());
        Assert.Equal("Macro 'all_text' exports no 'nope'; it exports slugify, total, slug.", Assert.Single(refused.Errors).Message);
    }

    [Fact]
    public async Task RunAsync_MacroState_IsFreshForEachRun()
    {
        var program = Program("import { next } from \"counter\";\nfunction execute(params) { return [next(), next()]; }");
        var sandbox = new ScriptSandbox(ScriptLimits.Default);

        var first = await sandbox.RunAsync(program, new Dictionary<string, object?>(), CancellationToken.None);
        var second = await sandbox.RunAsync(program, new Dictionary<string, object?>(), CancellationToken.None);

        Assert.Equal("[1,2]", first.Data!.ToJsonString());
        Assert.Equal("[1,2]", second.Data!.ToJsonString());
    }

    [Fact]
    public async Task RunAsync_MacroUsesAHostObject_Works()
    {
        var db = Host("db", Async("query", async (arguments, _) =>
        {
            await Task.Yield();
            return JsonNode.Parse($$"""[{"sql":"{{arguments[0]!.GetValue<string>()}}"}]""");
        }));

        var outcome = await Run("import { first } from \"rows\";\nasync function execute(params) { return await first('select 1'); }", db);

        Assert.Equal("""{"sql":"select 1"}""", outcome.Data!.ToJsonString());
    }

    [Fact]
    public async Task RunAsync_ScriptWithImportsThrows_KeepsItsLineNumbers()
    {
        var outcome = await Run("import { slugify } from \"text_utils\";\n\nfunction execute(params) {\n  throw new Error('line four');\n}");

        Assert.Equal(ScriptOutcomeKind.ScriptError, outcome.Kind);
        Assert.Equal("Error: line four", outcome.Message);
        Assert.Equal(4, outcome.Line);
    }

    [Fact]
    public async Task RunAsync_MacroThrows_IsAScriptErrorWithTheMessage()
    {
        var outcome = await Run("import { fail } from \"thrower\";\n\nfunction execute(params) { return fail(); }");

        Assert.Equal(ScriptOutcomeKind.ScriptError, outcome.Kind);
        Assert.Equal("Error: from the macro (in script macro 'thrower', line 2, column 9)", outcome.Message);
        Assert.Equal(3, outcome.Line); // where the script called the macro
    }

    [Fact]
    public async Task RunAsync_ScriptWithoutImports_StaysAPlainScript()
    {
        // At the top of a plain script `this` is the global object; in a module it is undefined.
        var outcome = await Run("const top = this;\nfunction execute(params) { return top === globalThis; }");

        Assert.True(outcome.Data!.GetValue<bool>());
    }

    [Fact]
    public void Parse_UnknownMacro_IsRefusedAtTheImport()
    {
        var error = Refused("function helper() {}\n  import { slugify } from \"txt_utils\";\nfunction execute(params) { return 1; }");

        Assert.Equal(2, error.Line);
        Assert.Equal(3, error.Column);
        Assert.Equal("There is no script macro 'txt_utils'; publish one or fix the name.", error.Message);
    }

    [Fact]
    public void Parse_NoMacrosGiven_AnImportIsRefused()
    {
        var result = ScriptProgram.Parse("import { slugify } from \"text_utils\";\nfunction execute(params) { return 1; }");

        Assert.Equal("There is no script macro 'text_utils'; publish one or fix the name.", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void Parse_NameTheMacroDoesNotExport_ListsWhatItExports()
    {
        var error = Refused("import { slugify, sum } from \"text_utils\";\nfunction execute(params) { return 1; }");

        Assert.Equal(1, error.Line);
        Assert.Equal(19, error.Column);
        Assert.Equal("Macro 'text_utils' exports no 'sum'; it exports slugify, total.", error.Message);
    }

    [Fact]
    public void Parse_DefaultImportOfAMacroWithoutDefault_IsRefused()
    {
        var error = Refused("import text from \"text_utils\";\nfunction execute(params) { return 1; }");

        Assert.Equal("Macro 'text_utils' exports no 'default'; it exports slugify, total.", error.Message);
    }

    [Theory]
    [InlineData("/etc/passwd")]
    [InlineData("./other")]
    [InlineData("../text_utils")]
    [InlineData("file:///etc/passwd")]
    [InlineData("https://example.com/lib.js")]
    public void Parse_ImportOfAFileOrUrl_IsRefused(string specifier)
    {
        var error = Refused($"import x from \"{specifier}\";\nfunction execute(params) {{ return x; }}");

        Assert.Equal(1, error.Line);
        Assert.Contains("is not a script macro", error.Message, StringComparison.Ordinal);
        Assert.Contains("files and URLs cannot be imported", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SyntaxErrorInAMacro_NamesTheMacroAndWhere()
    {
        var macros = new Dictionary<string, string> { ["broken"] = "export function f() {\n  return 1 +;\n}" };

        var error = Refused("\nimport { f } from \"broken\";\nfunction execute(params) { return f(); }", macros);

        Assert.Equal(2, error.Line);
        Assert.StartsWith("Script macro 'broken', line 2, column 13: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MacrosImportingEachOther_NamesTheCycle()
    {
        var macros = new Dictionary<string, string>
        {
            ["a"] = "import { b } from \"b\";\nexport const a = 1;",
            ["b"] = "import { c } from \"c\";\nexport const b = 2;",
            ["c"] = "import { a } from \"a\";\nexport const c = 3;",
        };

        var error = Refused("import { a } from \"a\";\nfunction execute(params) { return a; }", macros);

        Assert.Equal(1, error.Line);
        Assert.Contains("a → b → c → a", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ScriptWithImportsAndASyntaxErrorFurtherDown_GivesThatError()
    {
        var error = Refused("import { slugify } from \"text_utils\";\nfunction execute(params) {\n  let x = ;\n}");

        Assert.Equal(3, error.Line);
        Assert.Equal(11, error.Column);
    }

    [Fact]
    public void Parse_ScriptWithImportsButNoExecute_IsRefused()
    {
        var error = Refused("import { slugify } from \"text_utils\";\nfunction run(params) { return 1; }");

        Assert.Contains("function execute(params)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ScriptExportingExecute_IsToldNotTo()
    {
        var error = Refused("import { slugify } from \"text_utils\";\nexport function execute(params) { return 1; }");

        Assert.Equal(2, error.Line);
        Assert.Contains("without `export`", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DynamicImportInAScriptWithImports_IsRefused()
    {
        var error = Refused("import { slugify } from \"text_utils\";\nfunction execute(params) {\n  return import('text_utils');\n}");

        Assert.Equal(3, error.Line);
        Assert.Contains("cannot load modules", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("const rows = await db.query('select 1');")]
    [InlineData("for await (const row of []) { }")]
    public void Parse_TopLevelAwaitInAScriptWithImports_IsRefused(string statement)
    {
        var error = Refused($"import {{ slugify }} from \"text_utils\";\n{statement}\nfunction execute(params) {{ return 1; }}");

        Assert.Equal(2, error.Line);
        Assert.Contains("await is not available at the top level", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseMacro_TopLevelAwait_IsRefusedButAwaitInFunctionsIsFine()
    {
        var errors = ScriptProgram.ParseMacro("mine", "export async function f() { await null; }\nexport const g = async () => { for await (const x of []) { } };\nexport const a = await f();", Macros);

        Assert.Equal(3, Assert.Single(errors).Line);
    }

    [Fact]
    public void ParseMacro_ValidModule_HasNoErrors()
    {
        Assert.Empty(ScriptProgram.ParseMacro("money", Macros["money"], Macros));
    }

    [Fact]
    public void ParseMacro_SyntaxError_GivesLineAndColumn()
    {
        var error = Assert.Single(ScriptProgram.ParseMacro("broken", "export function f() {\n  return 1 +;\n}", Macros));

        Assert.Equal(2, error.Line);
        Assert.Equal(13, error.Column);
    }

    [Fact]
    public void ParseMacro_NoExports_IsRefused()
    {
        var error = Assert.Single(ScriptProgram.ParseMacro("quiet", "function hidden() { return 1; }", Macros));

        Assert.Contains("exports nothing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseMacro_ImportOfAnUnknownMacroOrName_IsRefusedWhereItIs()
    {
        var errors = ScriptProgram.ParseMacro("mine", "export const a = 1;\nimport { nope } from \"missing\";\nimport { slug } from \"text_utils\";", Macros);

        Assert.Collection(errors,
            error => Assert.Equal((2, "There is no script macro 'missing'; publish one or fix the name."), (error.Line, error.Message)),
            error => Assert.Equal((3, "Macro 'text_utils' exports no 'slug'; it exports slugify, total."), (error.Line, error.Message)));
    }

    [Fact]
    public void ParseMacro_ImportingItselfThroughAnother_NamesTheCycle()
    {
        var others = new Dictionary<string, string>(Macros) { ["helper"] = "import { a } from \"mine\";\nexport const h = a;" };

        var error = Assert.Single(ScriptProgram.ParseMacro("mine", "import { h } from \"helper\";\nexport const a = 1;", others));

        Assert.Equal(1, error.Line);
        Assert.Contains("mine → helper → mine", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseMacro_ImportOfAFile_IsRefused()
    {
        var error = Assert.Single(ScriptProgram.ParseMacro("mine", "import x from \"./secrets.js\";\nexport const a = x;", Macros));

        Assert.Contains("files and URLs cannot be imported", error.Message, StringComparison.Ordinal);
    }
}
