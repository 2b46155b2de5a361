using Sluice.Core.Parameters;
using Sluice.Core.Scripting;

namespace Sluice.Tests.Scripting;

public sealed class ParameterValidatorsTests
{
    private static ParameterValidators Compile(params (string Name, string? Validate)[] parameters)
    {
        var result = ParameterValidators.Compile(parameters.Select(p => new ParamDefinition { Name = p.Name, Validate = p.Validate }).ToList());
        Assert.Empty(result.Errors);
        return result.Validators!;
    }

    private static Task<IReadOnlyList<ParamError>> Run(ParameterValidators validators, IReadOnlyDictionary<string, object?> values, ScriptLimits? limits = null) =>
        validators.RunAsync(new ScriptSandbox(limits ?? ScriptLimits.Default), values, CancellationToken.None);

    [Theory]
    [InlineData("value > 0")]
    [InlineData("value > 0 || 'must be positive'")]
    [InlineData("(value, params) => value > 0")]
    [InlineData("function (value) { if (value < 0) { return 'must be positive'; } }")]
    [InlineData("value > 0 ? null : 'must be positive'")]
    public async Task RunAsync_ValueAccepted_NoErrors(string validate)
    {
        var errors = await Run(Compile(("limit", validate)), new Dictionary<string, object?> { ["limit"] = 5L });

        Assert.Empty(errors);
    }

    [Fact]
    public async Task RunAsync_StringAnswer_RefusesWithThatMessage()
    {
        var validators = Compile(("limit", "value % 10 === 0 || 'must be a multiple of 10'"));

        var errors = await Run(validators, new Dictionary<string, object?> { ["limit"] = 15L });

        var error = Assert.Single(errors);
        Assert.Equal(("limit", ParamRules.Validate, "limit: must be a multiple of 10"), (error.Name, error.Rule, error.Message));
    }

    [Fact]
    public async Task RunAsync_FunctionFormAnswersString_RefusesWithThatMessage()
    {
        var validators = Compile(("email", "(value) => value.includes('@') ? true : `needs an @ (got ${value.length} characters)`"));

        var error = Assert.Single(await Run(validators, new Dictionary<string, object?> { ["email"] = "ada" }));

        Assert.Equal("email: needs an @ (got 3 characters)", error.Message);
    }

    [Fact]
    public async Task RunAsync_FalseAnswer_RefusesAsNotValid()
    {
        var error = Assert.Single(await Run(Compile(("code", "/^[A-Z]{3}$/.test(value)")), new Dictionary<string, object?> { ["code"] = "abc" }));

        Assert.Equal(("code", ParamRules.Validate, "code: is not valid"), (error.Name, error.Rule, error.Message));
    }

    [Fact]
    public async Task RunAsync_ValidatorThrows_FailsNamingParameterPositionAndTheApiAsCulprit()
    {
        var validators = Compile(("limit", "value > 0"), ("tags", "(value) => {\n  return value.nope.length > 0;\n}"));

        var errors = await Run(validators, new Dictionary<string, object?> { ["limit"] = 1L, ["tags"] = new List<object?> { "a" } });

        var error = Assert.Single(errors);
        Assert.Equal(("tags", ParamRules.ValidateFailed), (error.Name, error.Rule));
        Assert.StartsWith("tags: could not be checked: the API's validate script threw TypeError: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("(line 2, column ", error.Message, StringComparison.Ordinal);
        Assert.Contains("bug in the API, not in the request", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ValidatorThrowsString_FailsWithThatText()
    {
        var error = Assert.Single(await Run(Compile(("id", "(() => { throw 'no ids today'; })()")), new Dictionary<string, object?> { ["id"] = 1L }));

        Assert.StartsWith("id: could not be checked: the API's validate script threw no ids today.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("42", "answered a number instead of true, false or a message")]
    [InlineData("({ ok: true })", "answered an object instead of")]
    [InlineData("[]", "answered a list instead of")]
    [InlineData("async (value) => true", "answered a Promise (validate scripts cannot wait) instead of")]
    public async Task RunAsync_OtherAnswer_IsTheValidatorsFailure(string validate, string expected)
    {
        var error = Assert.Single(await Run(Compile(("id", validate)), new Dictionary<string, object?> { ["id"] = 1L }));

        Assert.Equal(ParamRules.ValidateFailed, error.Rule);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_StatementLimit_FailsOnlyTheRunawayParameter()
    {
        var validators = Compile(("limit", "value > 0"), ("spin", "(() => {\n  while (true) {}\n})()"), ("name", "value.length > 0"));
        var limits = ScriptLimits.Default with { MaxStatements = 10_000 };

        var errors = await Run(validators, new Dictionary<string, object?> { ["limit"] = 1L, ["spin"] = 1L, ["name"] = "x" }, limits);

        var error = Assert.Single(errors);
        Assert.Equal(("spin", ParamRules.ValidateFailed), (error.Name, error.Rule));
        Assert.Contains("was stopped: The script ran more than 10000 statements (SCRIPT_MAX_STATEMENTS)", error.Message, StringComparison.Ordinal);
        Assert.Contains("(line 2, column ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ValidatorTampersWithVerdicts_NeverThrows()
    {
        // Every verdict then reads {refused: 5}: a number where a message belongs.
        var validators = Compile(("a", "(Object.prototype.toJSON = function () { return this.refused === undefined ? this : { refused: 5 }; }, 'refused')"),
            ("b", "'also refused'"));

        var errors = await Run(validators, new Dictionary<string, object?> { ["a"] = 1L, ["b"] = 1L });

        Assert.Equal(["a: is not valid", "b: is not valid"], errors.Select(error => error.Message));
    }

    [Fact]
    public async Task RunAsync_SeveralParameters_AllCheckedInOneRun()
    {
        var validators = Compile(("a", "value > 0 || 'must be positive'"), ("b", "value < 10 || 'must be below 10'"), ("c", "value !== 3 || 'must not be 3'"));

        var errors = await Run(validators, new Dictionary<string, object?> { ["a"] = -1L, ["b"] = 5L, ["c"] = 3L });

        Assert.Equal(["a: must be positive", "c: must not be 3"], errors.Select(error => error.Message));
        Assert.Equal(["a", "b", "c"], validators.Names);
    }

    [Fact]
    public async Task RunAsync_ParamsVisible_ValidatorComparesParameters()
    {
        var validators = Compile(("from", "value <= params.to || 'must not be after to'"), ("to", null));

        var refused = await Run(validators, new Dictionary<string, object?> { ["from"] = "2026-03-01", ["to"] = "2026-02-01" });
        var accepted = await Run(validators, new Dictionary<string, object?> { ["from"] = "2026-01-01", ["to"] = "2026-02-01" });

        Assert.Equal("from: must not be after to", Assert.Single(refused).Message);
        Assert.Empty(accepted);
    }

    [Fact]
    public async Task RunAsync_ValidatorMutatesParams_FailsAndOthersSeeTheRequestsValues()
    {
        var validators = Compile(("a", "(params.b = 100, true)"), ("b", "value === 1 || 'was changed'"));

        var errors = await Run(validators, new Dictionary<string, object?> { ["a"] = 1L, ["b"] = 1L });

        var error = Assert.Single(errors);
        Assert.Equal(("a", ParamRules.ValidateFailed), (error.Name, error.Rule));
    }

    [Fact]
    public async Task RunAsync_AbsentParameter_IsNotValidated()
    {
        var validators = Compile(("limit", "value > 0 || 'must be positive'"), ("name", "value.length > 2 || 'too short'"));

        var errors = await Run(validators, new Dictionary<string, object?> { ["limit"] = null, ["name"] = "x" });

        Assert.Equal("name: too short", Assert.Single(errors).Message);
    }

    [Fact]
    public async Task RunAsync_NoValidatedParameterHasAValue_NoErrors()
    {
        var errors = await Run(Compile(("limit", "(() => { throw new Error('ran'); })()")), new Dictionary<string, object?> { ["limit"] = null });

        Assert.Empty(errors);
    }

    [Fact]
    public async Task RunAsync_Cancelled_Throws()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            Compile(("id", "value > 0")).RunAsync(new ScriptSandbox(ScriptLimits.Default), new Dictionary<string, object?> { ["id"] = 1L }, cancelled.Token));
    }

    [Fact]
    public void Compile_NoValidateScripts_NoValidators()
    {
        var result = ParameterValidators.Compile([new ParamDefinition { Name = "id" }, new ParamDefinition { Name = "q", Validate = "  " }]);

        Assert.Null(result.Validators);
        Assert.Empty(result.Errors);
    }

    [Fact]
    public void Compile_SyntaxError_NamesTheParameter()
    {
        var result = ParameterValidators.Compile([new ParamDefinition { Name = "id", Validate = "value > 0" }, new ParamDefinition { Name = "q", Validate = "value.length >" }]);

        Assert.Null(result.Validators);
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("Parameter 'q' has a validate script that cannot run: line 1, column ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SyntaxErrorOnSecondLine_PositionIsInTheValidateText()
    {
        var error = Assert.Single(ParameterValidators.Check("(value) => {\n  return value >;\n}"));

        Assert.Equal((2, 17), (error.Line, error.Column));
        Assert.DoesNotContain("Exception", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("value > 0); (globalThis.x = 1")]
    [InlineData("value > 0; value < 10")]
    [InlineData("")]
    public void Check_NotOneExpression_IsRefusedOrIgnored(string validate)
    {
        var errors = ParameterValidators.Check(validate);

        Assert.Equal(validate.Length == 0, errors.Count == 0);
    }

    [Fact]
    public void Check_StrictModeViolation_IsRefused()
    {
        var error = Assert.Single(ParameterValidators.Check("value === 010"));

        Assert.Equal((1, 11), (error.Line, error.Column));
    }

    [Fact]
    public void Check_TooLong_IsRefusedWithTheLimit()
    {
        var error = Assert.Single(ParameterValidators.Check("value > 0 " + new string(' ', ParameterValidators.MaxLength)));

        Assert.Contains("the limit is 4000 characters", error.Message, StringComparison.Ordinal);
    }
}
