using Sluice.Core.Parameters;
using static Sluice.Tests.Parameters.Binders;

namespace Sluice.Tests.Parameters;

public sealed class RuleTests
{
    [Theory]
    [InlineData("abc", true)]
    [InlineData("abc1", false)]
    [InlineData("1abc", false)]
    [InlineData("", false)]
    public void Bind_Pattern_MustMatchTheWholeString(string text, bool valid)
    {
        var binder = Binders.Of(Query("code") with { Pattern = "[a-z]+" });
        var errors = binder.Bind(Inputs.Query(("code", text))).Errors;
        Assert.Equal(valid, errors.Count == 0);
        if (!valid)
        {
            Assert.Equal(new ParamError("code", "pattern", "code must match the pattern [a-z]+."), Assert.Single(errors));
        }
    }

    [Fact]
    public void Bind_PatternWithOwnAnchorsAndAlternation_StillMatchesWhole()
    {
        var binder = Binders.Of(Query("v") with { Pattern = "^a$|b" });
        Assert.Empty(binder.Bind(Inputs.Query(("v", "b"))).Errors);
        Assert.Single(binder.Bind(Inputs.Query(("v", "bb"))).Errors);
        Assert.Single(binder.Bind(Inputs.Query(("v", "a\n"))).Errors);
    }

    [Fact]
    public void Bind_PatternOnArray_AppliesToEachItem()
    {
        var binder = Binders.Of(Query("ids", ParamType.Array) with { Pattern = @"\d+" });
        Assert.Empty(binder.Bind(Inputs.Query(("ids", "1"), ("ids", "22"))).Errors);
        var error = Assert.Single(binder.Bind(Inputs.Query(("ids", "1"), ("ids", "x"))).Errors);
        Assert.Equal("Each item of ids must match the pattern \\d+ (item 2 is \"x\").", error.Message);
    }

    [Fact]
    public void Bind_CatastrophicPattern_FailsAsPatternErrorWithinTheTimeout()
    {
        var binder = Binders.Of(Query("v") with { Pattern = @"(\w+\s?)+" });
        // Without the match timeout this input backtracks for longer than anyone waits; with it,
        // the binder answers, and answers with the pattern rule.
        var error = Assert.Single(binder.Bind(Inputs.Query(("v", new string('a', 60) + "!"))).Errors);
        Assert.Equal("pattern", error.Rule);
    }

    [Theory]
    [InlineData("500", "maximum", "limit must be at most 100 (got 500).")]
    [InlineData("0", "minimum", "limit must be at least 1 (got 0).")]
    public void Bind_IntegerOutOfRange_NamesTheBound(string text, string rule, string message)
    {
        var binder = Binders.Of(Query("limit", ParamType.Integer) with { Minimum = 1, Maximum = 100 });
        Assert.Equal(new ParamError("limit", rule, message), Assert.Single(binder.Bind(Inputs.Query(("limit", text))).Errors));
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("100", true)]
    [InlineData("0.99", false)]
    [InlineData("100.01", false)]
    public void Bind_NumberRange_IsInclusiveAndExact(string text, bool valid)
    {
        var binder = Binders.Of(Query("price", ParamType.Number) with { Minimum = 1m, Maximum = 100m });
        Assert.Equal(valid, binder.Bind(Inputs.Query(("price", text))).IsValid);
    }

    [Theory]
    [InlineData("ab", "min_length", "name must be at least 3 characters long (got 2).")]
    [InlineData("abcdef", "max_length", "name must be at most 5 characters long (got 6).")]
    public void Bind_StringLength_IsChecked(string text, string rule, string message)
    {
        var binder = Binders.Of(Query("name") with { MinLength = 3, MaxLength = 5 });
        Assert.Equal(new ParamError("name", rule, message), Assert.Single(binder.Bind(Inputs.Query(("name", text))).Errors));
    }

    [Fact]
    public void Bind_StringLength_CountsCharactersNotUtf16Units()
    {
        var binder = Binders.Of(Query("name") with { MaxLength = 3 });
        Assert.Empty(binder.Bind(Inputs.Query(("name", "😀😀😀"))).Errors);
    }

    [Fact]
    public void Bind_ArrayLength_CountsItems()
    {
        var binder = Binders.Of(Query("ids", ParamType.Array) with { MinLength = 2, MaxLength = 3 });
        Assert.Equal("ids must have at least 2 items (got 1).", Assert.Single(binder.Bind(Inputs.Query(("ids", "1"))).Errors).Message);
        Assert.Equal("max_length", Assert.Single(binder.Bind(Inputs.Query(("ids", "1,2,3,4"))).Errors).Rule);
        Assert.Empty(binder.Bind(Inputs.Query(("ids", "1"), ("ids", "2"))).Errors);
    }

    [Fact]
    public void Bind_StringEnum_AllowsOnlyListedValues()
    {
        var binder = Binders.Of(Query("status") with { Enum = [Inputs.Parse("\"open\""), Inputs.Parse("\"closed\"")] });
        Assert.Empty(binder.Bind(Inputs.Query(("status", "open"))).Errors);
        var error = Assert.Single(binder.Bind(Inputs.Query(("status", "Open"))).Errors);
        Assert.Equal(new ParamError("status", "enum", "status must be one of \"open\", \"closed\" (got \"Open\")."), error);
    }

    [Fact]
    public void Bind_IntegerEnum_ComparesCoercedValues()
    {
        var binder = Binders.Of(Query("size", ParamType.Integer) with { Enum = [Inputs.Parse("10"), Inputs.Parse("\"20\"")] });
        Assert.Empty(binder.Bind(Inputs.Query(("size", "20"))).Errors);
        Assert.Empty(binder.Bind(Inputs.Json("{}")).Errors);
        Assert.Equal("enum", Assert.Single(binder.Bind(Inputs.Query(("size", "15"))).Errors).Rule);
    }

    [Fact]
    public void Bind_NumberEnum_ComparesByValueNotScale()
    {
        var binder = Binders.Of(Query("rate", ParamType.Number) with { Enum = [Inputs.Parse("0.10"), Inputs.Parse("0.5")] });
        Assert.Empty(binder.Bind(Inputs.Query(("rate", "0.1"))).Errors);
        Assert.Empty(binder.Bind(Inputs.Query(("rate", "0.500"))).Errors);
        Assert.Single(binder.Bind(Inputs.Query(("rate", "0.2"))).Errors);
    }

    [Fact]
    public void Bind_DateEnum_ComparesDates()
    {
        var binder = Binders.Of(Query("day", ParamType.Date) with { Enum = [Inputs.Parse("\"2024-01-01\"")] });
        Assert.Empty(binder.Bind(Inputs.Query(("day", "2024-01-01"))).Errors);
        Assert.Equal("day must be one of \"2024-01-01\" (got 2024-01-02).", Assert.Single(binder.Bind(Inputs.Query(("day", "2024-01-02"))).Errors).Message);
    }

    [Fact]
    public void Bind_ArrayEnum_AppliesToEachItem()
    {
        var binder = Binders.Of(Body("status", ParamType.Array) with { Enum = [Inputs.Parse("\"open\""), Inputs.Parse("\"closed\""), Inputs.Parse("3")] });
        Assert.Empty(binder.Bind(Inputs.Json("""{"status": ["open", "closed", 3]}""")).Errors);
        Assert.Empty(binder.Bind(new RequestInputs { Form = Inputs.Multi(("status", "open"), ("status", "3")) }).Errors);
        var error = Assert.Single(binder.Bind(Inputs.Json("""{"status": ["open", "lost"]}""")).Errors);
        Assert.Equal("Each item of status must be one of \"open\", \"closed\", 3 (item 2 is \"lost\").", error.Message);
    }

    [Fact]
    public void Bind_AbsentWithDefault_UsesTheCoercedDefault()
    {
        var binder = Binders.Of(
            Query("limit", ParamType.Integer) with { DefaultValue = Inputs.Parse("10") },
            Query("since", ParamType.Date) with { DefaultValue = Inputs.Parse("\"2024-01-01\"") },
            Query("ids", ParamType.Array) with { DefaultValue = Inputs.Parse("[1, 2]") },
            Query("price", ParamType.Number) with { DefaultValue = Inputs.Parse("0.1"), IsRequired = true });
        var values = binder.Bind(new RequestInputs()).Values;
        Assert.Equal(10L, values["limit"]);
        Assert.Equal(new DateOnly(2024, 1, 1), values["since"]);
        Assert.Equal(new object?[] { 1L, 2L }, Assert.IsAssignableFrom<IReadOnlyList<object?>>(values["ids"]));
        Assert.Equal(0.1m, values["price"]);
    }

    [Fact]
    public void Bind_DefaultList_CannotBeChangedThroughOneRequest()
    {
        var binder = Binders.Of(Query("ids", ParamType.Array) with { DefaultValue = Inputs.Parse("[1]") });
        var list = Assert.IsAssignableFrom<IList<object?>>(binder.Bind(new RequestInputs()).Values["ids"]);
        Assert.True(list.IsReadOnly);
        Assert.Throws<NotSupportedException>(() => list[0] = 2L);
    }

    [Fact]
    public void Bind_PresentWithDefault_UsesTheInput()
    {
        var binder = Binders.Of(Query("limit", ParamType.Integer) with { DefaultValue = Inputs.Parse("10") });
        Assert.Equal(25L, binder.Bind(Inputs.Query(("limit", "25"))).Values["limit"]);
    }

    [Fact]
    public void Bind_RequiredAndAbsent_IsRequiredError()
    {
        var binder = Binders.Of(Query("q") with { IsRequired = true });
        var result = binder.Bind(new RequestInputs());
        Assert.Equal(new ParamError("q", "required", "q is required."), Assert.Single(result.Errors));
        Assert.False(result.IsValid);
        Assert.Null(result.Values["q"]);
    }

    [Fact]
    public void Bind_RequiredStringGivenEmpty_IsPresent()
    {
        var binder = Binders.Of(Query("q") with { IsRequired = true });
        Assert.Empty(binder.Bind(Inputs.Query(("q", ""))).Errors);
    }

    [Fact]
    public void Bind_ManyBadInputs_ReportsEveryFailureAtOnce()
    {
        var binder = Binders.Of(
            Query("limit", ParamType.Integer) with { Maximum = 100 },
            Query("code") with { Pattern = "[A-Z]{3}", MinLength = 3 },
            Query("since", ParamType.Date),
            Query("token") with { IsRequired = true },
            Query("ok", ParamType.Integer));
        var result = binder.Bind(Inputs.Query(("limit", "500"), ("code", "x"), ("since", "soon"), ("ok", "1")));
        Assert.Equal(
            ["limit:maximum", "code:min_length", "code:pattern", "since:type", "token:required"],
            result.Errors.Select(e => $"{e.Name}:{e.Rule}"));
        Assert.Equal(1L, result.Values["ok"]);
    }

    [Fact]
    public void Bind_SameBinderFromManyThreads_GivesIndependentResults()
    {
        var binder = Binders.Of(Query("n", ParamType.Integer) with { Maximum = 1000 });
        Parallel.For(0, 2000, i =>
        {
            var result = binder.Bind(Inputs.Query(("n", i.ToString(System.Globalization.CultureInfo.InvariantCulture))));
            Assert.Equal((long)i, result.Values["n"]);
            Assert.Equal(i > 1000, !result.IsValid);
        });
    }
}
