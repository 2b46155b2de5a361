using Sluice.Core.Scripting;

namespace Sluice.Tests.Scripting;

public sealed class ScriptProgramTests
{
    [Fact]
    public void Parse_ExecuteFunction_IsValid()
    {
        var result = ScriptProgram.Parse("function execute(params) { return params; }");

        Assert.True(result.IsValid);
        Assert.Empty(result.Errors);
    }

    [Fact]
    public void Parse_AsyncExecuteFunction_IsValid()
    {
        Assert.True(ScriptProgram.Parse("async function execute(params) { return 1; }").IsValid);
    }

    [Fact]
    public void Parse_SyntaxError_GivesLineColumnAndPlainMessage()
    {
        var result = ScriptProgram.Parse("function execute(params) {\n  let x = ;\n  return x;\n}");

        var error = Assert.Single(result.Errors);
        Assert.Null(result.Program);
        Assert.Equal(2, error.Line);
        Assert.Equal(11, error.Column);
        Assert.DoesNotContain("Acornima", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Jint", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Line 2", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("line 2, column 11: ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SloppyModeOnlySyntax_IsRefusedAsStrict()
    {
        var result = ScriptProgram.Parse("function execute(params) {\n  with (params) { return a; }\n}");

        var error = Assert.Single(result.Errors);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void Parse_NoExecuteFunction_IsRefusedWithClearMessage()
    {
        var result = ScriptProgram.Parse("function run(params) { return 1; }");

        var error = Assert.Single(result.Errors);
        Assert.False(result.IsValid);
        Assert.Contains("function execute(params)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ExecuteOnlyNested_IsRefused()
    {
        var result = ScriptProgram.Parse("function outer() { function execute(params) { return 1; } }");

        Assert.False(result.IsValid);
    }

    [Fact]
    public void Parse_StaticImport_IsASyntaxError()
    {
        var result = ScriptProgram.Parse("import fs from 'fs';\nfunction execute(params) { return 1; }");

        var error = Assert.Single(result.Errors);
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void Parse_DynamicImport_IsRefused()
    {
        var result = ScriptProgram.Parse("function execute(params) {\n  return import('fs');\n}");

        var error = Assert.Single(result.Errors);
        Assert.Equal(2, error.Line);
        Assert.Contains("cannot load modules", error.Message, StringComparison.Ordinal);
    }
}
