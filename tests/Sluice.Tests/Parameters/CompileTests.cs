using Sluice.Core.Parameters;
using static Sluice.Tests.Parameters.Binders;

namespace Sluice.Tests.Parameters;

public sealed class CompileTests
{
    [Fact]
    public void Compile_ValidDefinitions_GivesBinderWithNamesInOrder()
    {
        var result = ParameterBinder.Compile([Query("b"), Body("a", ParamType.Object), Query("_c1", ParamType.Integer)]);
        Assert.Empty(result.Errors);
        Assert.Equal(["b", "a", "_c1"], result.Binder!.Names);
    }

    [Fact]
    public void Compile_NoDefinitions_GivesBinderOfNothing()
    {
        var binder = ParameterBinder.Compile([]).Binder!;
        Assert.Empty(binder.Bind(Inputs.Query(("x", "1"))).Values);
    }

    [Fact]
    public void Compile_SameNameTwice_IsError()
    {
        var result = ParameterBinder.Compile([Query("id"), Body("id")]);
        Assert.Null(result.Binder);
        Assert.Equal("Parameter 'id' is declared more than once.", Assert.Single(result.Errors));
    }

    [Fact]
    public void Compile_NamesDifferingOnlyInCase_IsError()
    {
        var error = Assert.Single(ParameterBinder.Compile([Query("userId"), Query("userid")]).Errors);
        Assert.Contains("'userid' differs from 'userId' only in case", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1st")]
    [InlineData("my-name")]
    [InlineData("a b")]
    [InlineData("naïve")]
    [InlineData("")]
    [InlineData("true")]
    [InlineData("empty")]
    public void Compile_NameNotALiquidIdentifier_IsError(string name)
    {
        var error = Assert.Single(ParameterBinder.Compile([Query(name)]).Errors);
        Assert.StartsWith($"Parameter '{name}' has ", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("_")]
    [InlineData("user_id")]
    [InlineData("Limit2")]
    [InlineData("limit")]
    public void Compile_IdentifierName_IsAccepted(string name)
    {
        Assert.Empty(ParameterBinder.Compile([Query(name)]).Errors);
    }

    [Fact]
    public void Compile_InvalidPattern_IsErrorNamingTheParameter()
    {
        var error = Assert.Single(ParameterBinder.Compile([Query("code") with { Pattern = "[a-z" }]).Errors);
        Assert.StartsWith("Parameter 'code' has an invalid pattern: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_PatternEscapingItsAnchors_IsError()
    {
        Assert.Single(ParameterBinder.Compile([Query("code") with { Pattern = "a)|(b" }]).Errors);
    }

    [Fact]
    public void Compile_EmptyPatternAndEnum_MeanNone()
    {
        var binder = Binders.Of(Query("v", ParamType.Integer) with { Pattern = "", Enum = [] });
        Assert.Empty(binder.Bind(Inputs.Query(("v", "5"))).Errors);
    }

    [Theory]
    [InlineData(ParamType.Integer, "\"ten\"", "Parameter 'p' has a default (\"ten\") that is not an integer.")]
    [InlineData(ParamType.Integer, "4.5", "Parameter 'p' has a default (4.5) that is not an integer.")]
    [InlineData(ParamType.Boolean, "2", "Parameter 'p' has a default (2) that is not true or false.")]
    [InlineData(ParamType.Date, "\"May 1\"", "Parameter 'p' has a default (\"May 1\") that is not a date (yyyy-MM-dd).")]
    [InlineData(ParamType.Array, "{}", "Parameter 'p' has a default (an object) that is not a list.")]
    public void Compile_DefaultNotOfTheType_IsError(ParamType type, string json, string expected)
    {
        Assert.Equal(expected, Assert.Single(ParameterBinder.Compile([Query("p", type) with { DefaultValue = Inputs.Parse(json) }]).Errors));
    }

    [Fact]
    public void Compile_DefaultBreakingItsOwnRules_IsErrorPerRule()
    {
        var errors = ParameterBinder.Compile([
            Query("limit", ParamType.Integer) with { Maximum = 100, DefaultValue = Inputs.Parse("500") },
            Query("code") with { Pattern = "[A-Z]+", Enum = [Inputs.Parse("\"ABC\"")], DefaultValue = Inputs.Parse("\"abc\"") },
        ]).Errors;
        Assert.Equal(
            [
                "Parameter 'limit' has a default that breaks its own maximum rule: limit must be at most 100 (got 500).",
                "Parameter 'code' has a default that breaks its own pattern rule: code must match the pattern [A-Z]+.",
                "Parameter 'code' has a default that breaks its own enum rule: code must be one of \"ABC\" (got \"abc\").",
            ],
            errors);
    }

    [Fact]
    public void Compile_NullDefault_MeansNoDefault()
    {
        var binder = Binders.Of(Query("p", ParamType.Integer) with { DefaultValue = Inputs.Parse("null") });
        Assert.Null(binder.Bind(new RequestInputs()).Values["p"]);
    }

    [Fact]
    public void Compile_MinimumAboveMaximum_IsError()
    {
        var error = Assert.Single(ParameterBinder.Compile([Query("n", ParamType.Number) with { Minimum = 10, Maximum = 1.5m }]).Errors);
        Assert.Equal("Parameter 'n' has a minimum (10) greater than its maximum (1.5).", error);
    }

    [Fact]
    public void Compile_MinLengthAboveMaxLengthOrNegative_IsError()
    {
        var errors = ParameterBinder.Compile([
            Query("a") with { MinLength = 5, MaxLength = 2 },
            Query("b") with { MinLength = -1 },
        ]).Errors;
        Assert.Equal(["Parameter 'a' has a min_length (5) greater than its max_length (2).", "Parameter 'b' has a negative min_length or max_length."], errors);
    }

    [Theory]
    [InlineData(ParamType.Integer, "\"high\"")]
    [InlineData(ParamType.Boolean, "\"maybe\"")]
    [InlineData(ParamType.String, "null")]
    [InlineData(ParamType.Array, "[1]")]
    public void Compile_EnumValueNotOfTheType_IsError(ParamType type, string json)
    {
        var error = Assert.Single(ParameterBinder.Compile([Query("p", type) with { Enum = [Inputs.Parse(json)] }]).Errors);
        Assert.StartsWith("Parameter 'p' has an enum value ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_RulesThatDoNotApplyToTheType_AreErrors()
    {
        var errors = ParameterBinder.Compile([
            Query("a", ParamType.Integer) with { Pattern = "\\d+" },
            Query("b") with { Minimum = 1 },
            Query("c", ParamType.Date) with { MaxLength = 10 },
            Body("d", ParamType.Object) with { Enum = [Inputs.Parse("{}")] },
        ]).Errors;
        Assert.Equal(4, errors.Count);
        Assert.StartsWith("Parameter 'a' has a pattern, which applies only to string and array parameters.", errors[0], StringComparison.Ordinal);
        Assert.StartsWith("Parameter 'b' has a minimum or maximum", errors[1], StringComparison.Ordinal);
        Assert.StartsWith("Parameter 'c' has a min_length or max_length", errors[2], StringComparison.Ordinal);
        Assert.StartsWith("Parameter 'd' has an enum", errors[3], StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_UnknownTypeOrLocation_IsError()
    {
        var errors = ParameterBinder.Compile([
            Query("a", (ParamType)42),
            Query("b") with { Location = (ParamLocation)9 },
        ]).Errors;
        Assert.Equal(["Parameter 'a' has an unknown data type.", "Parameter 'b' has an unknown location."], errors);
    }

    [Fact]
    public void Compile_ManyBadDefinitions_ReportsEveryOneNamingItsParameter()
    {
        var result = ParameterBinder.Compile([
            Query("ok"),
            Query("bad-name"),
            Query("re") with { Pattern = "(" },
            Query("ok"),
            Query("n", ParamType.Integer) with { DefaultValue = Inputs.Parse("\"x\"") },
        ]);
        Assert.Null(result.Binder);
        Assert.Equal(4, result.Errors.Count);
        Assert.Contains("'bad-name'", result.Errors[0], StringComparison.Ordinal);
        Assert.Contains("'re'", result.Errors[1], StringComparison.Ordinal);
        Assert.Contains("'ok'", result.Errors[2], StringComparison.Ordinal);
        Assert.Contains("'n'", result.Errors[3], StringComparison.Ordinal);
    }
}
