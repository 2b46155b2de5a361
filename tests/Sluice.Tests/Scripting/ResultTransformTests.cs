using System.Text.Json.Nodes;
using Sluice.Core.Scripting;

namespace Sluice.Tests.Scripting;

public sealed class ResultTransformTests
{
    private const string Rows = """[{"id":1,"name":"Ada","active":true},{"id":2,"name":"Bob","active":false},{"id":3,"name":"Cy","active":true}]""";

    private static readonly Dictionary<string, object?> NoParams = [];

    private static ResultTransform Parse(string source)
    {
        var result = ResultTransform.Parse(source);
        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        return result.Transform!;
    }

    private static Task<ScriptOutcome> Run(string source, string rows = Rows, IReadOnlyDictionary<string, object?>? values = null, ScriptLimits? limits = null) =>
        Parse(source).RunAsync(new ScriptSandbox(limits ?? ScriptLimits.Default), JsonNode.Parse(rows), values ?? NoParams, CancellationToken.None);

    private static async Task<string> Data(string source, string rows = Rows, IReadOnlyDictionary<string, object?>? values = null)
    {
        var outcome = await Run(source, rows, values);
        Assert.True(outcome.IsSuccess, outcome.Message);
        return outcome.Data?.ToJsonString() ?? "null";
    }

    [Fact]
    public async Task RunAsync_ArrowMap_GivesTheMappedValues()
    {
        Assert.Equal("[1,2,3]", await Data("(rows, params) => rows.map(r => r.id)"));
    }

    [Fact]
    public async Task RunAsync_Filter_KeepsMatchingRows()
    {
        Assert.Equal("""[{"id":1,"name":"Ada","active":true},{"id":3,"name":"Cy","active":true}]""", await Data("rows => rows.filter(r => r.active)"));
    }

    [Fact]
    public async Task RunAsync_ShapesAnObject_WithParams()
    {
        var values = new Dictionary<string, object?> { ["page"] = 2L };

        var data = await Data("(rows, params) => ({ page: params.page, total: rows.length, names: rows.map(r => r.name) })", values: values);

        Assert.Equal("""{"page":2,"total":3,"names":["Ada","Bob","Cy"]}""", data);
    }

    [Fact]
    public async Task RunAsync_FunctionDeclarationWithHelper_IsUsed()
    {
        var data = await Data("""
            function label(row) { return `${row.id}:${row.name}`; }
            function transform(rows, params) {
              return rows.map(label);
            }
            """);

        Assert.Equal("""["1:Ada","2:Bob","3:Cy"]""", data);
    }

    [Fact]
    public async Task RunAsync_FunctionExpression_IsUsed()
    {
        Assert.Equal("3", await Data("function (rows) { return rows.length; }"));
    }

    [Fact]
    public async Task RunAsync_NamedFunctionExpression_IsUsed()
    {
        Assert.Equal("[3,2,1]", await Data("function byIdDescending(rows) { return rows.map(r => r.id).reverse(); }"));
    }

    [Fact]
    public async Task RunAsync_AsyncTransform_IsAwaited()
    {
        Assert.Equal("\"Ada\"", await Data("async (rows) => { await null; return rows[0].name; }"));
    }

    [Fact]
    public async Task RunAsync_EmptyRows_TransformSeesAnEmptyList()
    {
        Assert.Equal("""{"count":0,"first":null}""", await Data("rows => ({ count: rows.length, first: rows[0] ?? null })", "[]"));
    }

    [Fact]
    public async Task RunAsync_HttpErrorForEmptyRows_Answers404()
    {
        const string NotFound = "(rows) => { if (rows.length === 0) { throw new HttpError(404, 'No such order.'); } return rows[0]; }";

        var outcome = await Run(NotFound, "[]");
        var found = await Data(NotFound, """[{"id":7}]""");

        Assert.Equal((ScriptOutcomeKind.HttpError, 404, "No such order."), (outcome.Kind, outcome.Status, outcome.Message));
        Assert.Equal("""{"id":7}""", found);
    }

    [Fact]
    public async Task RunAsync_ThrowInExpressionForm_LineAndColumnPointIntoTheTransform()
    {
        var outcome = await Run("(rows) => {\n  const first = rows[0];\n  throw new Error('no ' + first.name);\n}");

        Assert.Equal(ScriptOutcomeKind.ScriptError, outcome.Kind);
        Assert.Equal("Error: no Ada", outcome.Message);
        Assert.Equal(3, outcome.Line);
    }

    [Fact]
    public async Task RunAsync_TypeErrorInDeclarationForm_LineAndColumnPointIntoTheTransform()
    {
        var outcome = await Run("function transform(rows) {\n\n  return rows.nothing.deeper;\n}");

        Assert.Equal(ScriptOutcomeKind.ScriptError, outcome.Kind);
        Assert.StartsWith("TypeError", outcome.Message, StringComparison.Ordinal);
        Assert.Equal(3, outcome.Line);
    }

    [Fact]
    public async Task RunAsync_StatementLimit_IsALimitWithItsPosition()
    {
        var limits = ScriptLimits.Default with { MaxStatements = 1_000 };

        var outcome = await Run("(rows) => {\n  for (;;) {}\n}", limits: limits);

        Assert.Equal(ScriptOutcomeKind.LimitExceeded, outcome.Kind);
        Assert.Equal(2, outcome.Line);
    }

    [Fact]
    public void Parse_SyntaxErrorInExpressionForm_GivesLineAndColumnInTheText()
    {
        var error = Assert.Single(ResultTransform.Parse("(rows) =>\n  rows.map(r => r.)").Errors);

        Assert.Equal((2, 19), (error.Line, error.Column));
        Assert.DoesNotContain("Exception", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SyntaxErrorInDeclarationForm_GivesLineAndColumnInTheText()
    {
        var error = Assert.Single(ResultTransform.Parse("function transform(rows) {\n  let x = ;\n  return rows;\n}").Errors);

        Assert.Equal((2, 11), (error.Line, error.Column));
    }

    [Fact]
    public void Parse_UnclosedDeclaration_PointsIntoTheText()
    {
        var error = Assert.Single(ResultTransform.Parse("function transform(rows) {\n  return rows;\n").Errors);

        Assert.InRange(error.Line, 1, 3);
    }

    [Theory]
    [InlineData("rows.map(r => r.id)")]
    [InlineData("const shape = (rows) => rows;")]
    [InlineData("42")]
    public void Parse_NotAFunction_IsRefusedWithTheShape(string source)
    {
        var error = Assert.Single(ResultTransform.Parse(source).Errors);

        Assert.Equal(0, error.Line);
        Assert.Contains("(rows, params) =>", error.Message, StringComparison.Ordinal);
        Assert.Contains("function transform(rows, params)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_StrictModeViolation_IsRefused()
    {
        var error = Assert.Single(ResultTransform.Parse("(rows) => {\n  with (rows) { return length; }\n}").Errors);

        Assert.Equal(2, error.Line);
    }
}
