using Sluice.Core.Parameters;
using static Sluice.Tests.Parameters.Binders;

namespace Sluice.Tests.Parameters;

public sealed class JsonCoercionTests
{
    [Theory]
    [InlineData("42", 42L)]
    [InlineData("-1", -1L)]
    [InlineData("\"42\"", 42L)]
    public void Bind_IntegerFromJson_IsLong(string json, long expected)
    {
        var result = BindBodyJson(ParamType.Integer, json);
        Assert.Empty(result.Errors);
        Assert.Equal(expected, Assert.IsType<long>(result.Values["p"]));
    }

    [Theory]
    [InlineData("4.5")]
    [InlineData("4.0")]
    [InlineData("1e30")]
    [InlineData("9223372036854775808")]
    [InlineData("true")]
    [InlineData("[1]")]
    [InlineData("\"four\"")]
    public void Bind_IntegerFromJsonNotAWholeLong_IsTypeError(string json)
    {
        var error = Assert.Single(BindBodyJson(ParamType.Integer, json).Errors);
        Assert.Equal(("p", "type"), (error.Name, error.Rule));
    }

    [Fact]
    public void Bind_NumberFromJson_StaysExact()
    {
        var binder = Binders.Of(Body("a", ParamType.Number), Body("b", ParamType.Number), Body("c", ParamType.Number));
        var values = binder.Bind(Inputs.Json("""{"a": 0.1, "b": 0.2, "c": 12345678901234567890.123456789}""")).Values;
        Assert.Equal(0.3m, (decimal)values["a"]! + (decimal)values["b"]!);
        Assert.Equal(0.1m, values["a"]);
        Assert.Equal(12345678901234567890.123456789m, values["c"]);
    }

    [Theory]
    [InlineData("1e400")]
    [InlineData("\"zero\"")]
    [InlineData("false")]
    [InlineData("{}")]
    public void Bind_NumberFromJsonNotANumber_IsTypeError(string json)
    {
        Assert.Equal("type", Assert.Single(BindBodyJson(ParamType.Number, json).Errors).Rule);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    [InlineData("\"yes\"", true)]
    public void Bind_BooleanFromJson_IsBool(string json, bool expected)
    {
        Assert.Equal(expected, BindBodyJson(ParamType.Boolean, json).Values["p"]);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("[]")]
    public void Bind_BooleanFromJsonNumberOrList_IsTypeError(string json)
    {
        Assert.Equal("type", Assert.Single(BindBodyJson(ParamType.Boolean, json).Errors).Rule);
    }

    [Theory]
    [InlineData("\"text\"", "text")]
    [InlineData("1.50", "1.50")]
    [InlineData("true", "true")]
    [InlineData("\"\"", "")]
    public void Bind_StringFromJsonScalar_IsItsText(string json, string expected)
    {
        Assert.Equal(expected, BindBodyJson(ParamType.String, json).Values["p"]);
    }

    [Theory]
    [InlineData("{\"a\": 1}", "an object")]
    [InlineData("[\"a\"]", "a list")]
    public void Bind_StringFromJsonObjectOrList_IsTypeError(string json, string got)
    {
        var error = Assert.Single(BindBodyJson(ParamType.String, json).Errors);
        Assert.Equal($"p must be a string (got {got}).", error.Message);
    }

    [Fact]
    public void Bind_ArrayFromJson_ConvertsEveryItem()
    {
        var value = BindBodyJson(ParamType.Array, """[1, 2.5, "x", true, null, [3], {"k": 4.0}]""").Values["p"];
        var items = Assert.IsAssignableFrom<IReadOnlyList<object?>>(value);
        Assert.Equal(7, items.Count);
        Assert.Equal(1L, items[0]);
        Assert.Equal(2.5m, items[1]);
        Assert.Equal("x", items[2]);
        Assert.Equal(true, items[3]);
        Assert.Null(items[4]);
        Assert.Equal(3L, Assert.Single(Assert.IsAssignableFrom<IReadOnlyList<object?>>(items[5])));
        var nested = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(items[6]);
        Assert.Equal(4.0m, Assert.IsType<decimal>(nested["k"]));
    }

    [Fact]
    public void Bind_ArrayFromJsonWithHugeNumber_IsTypeError()
    {
        var error = Assert.Single(BindBodyJson(ParamType.Array, "[1, 1e400]").Errors);
        Assert.Equal("p must be a list (got a list with a number out of range).", error.Message);
    }

    [Theory]
    [InlineData("42")]
    [InlineData("{\"a\": 1}")]
    public void Bind_ArrayFromJsonScalarOrObject_IsTypeError(string json)
    {
        Assert.Equal("type", Assert.Single(BindBodyJson(ParamType.Array, json).Errors).Rule);
    }

    [Fact]
    public void Bind_ArrayFromJsonString_SplitsLikeText()
    {
        var items = Assert.IsAssignableFrom<IReadOnlyList<object?>>(BindBodyJson(ParamType.Array, "\"a,b\"").Values["p"]);
        Assert.Equal(new object?[] { "a", "b" }, items);
    }

    [Fact]
    public void Bind_ObjectFromJson_IsNestedDictionary()
    {
        var value = BindBodyJson(ParamType.Object, """{"name": "x", "tags": ["a"], "inner": {"n": 1}}""").Values["p"];
        var fields = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(value);
        Assert.Equal("x", fields["name"]);
        Assert.Equal("a", Assert.Single(Assert.IsAssignableFrom<IReadOnlyList<object?>>(fields["tags"])));
        Assert.Equal(1L, Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(fields["inner"])["n"]);
    }

    [Theory]
    [InlineData("\"{\\\"a\\\": 1}\"")]
    [InlineData("[1]")]
    [InlineData("5")]
    public void Bind_ObjectFromJsonNonObject_IsTypeError(string json)
    {
        var error = Assert.Single(BindBodyJson(ParamType.Object, json).Errors);
        Assert.StartsWith("p must be a JSON object (got ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_DateAndDatetimeFromJsonStrings_AreParsed()
    {
        Assert.Equal(new DateOnly(2024, 5, 1), BindBodyJson(ParamType.Date, "\"2024-05-01\"").Values["p"]);
        Assert.IsType<DateTimeOffset>(BindBodyJson(ParamType.Datetime, "\"2024-05-01T10:00:00Z\"").Values["p"]);
        Assert.IsType<DateTime>(BindBodyJson(ParamType.Datetime, "\"2024-05-01 10:00:00\"").Values["p"]);
    }

    [Theory]
    [InlineData(ParamType.Date, "20240501")]
    [InlineData(ParamType.Datetime, "1714557600")]
    public void Bind_DateFromJsonNumber_IsTypeError(ParamType type, string json)
    {
        Assert.Equal("type", Assert.Single(BindBodyJson(type, json).Errors).Rule);
    }

    [Theory]
    [InlineData(ParamType.String)]
    [InlineData(ParamType.Integer)]
    [InlineData(ParamType.Object)]
    public void Bind_JsonNull_CountsAsAbsent(ParamType type)
    {
        var binder = Binders.Of(Body("p", type) with { IsRequired = true });
        Assert.Equal("required", Assert.Single(binder.Bind(Inputs.Json("""{"p": null}""")).Errors).Rule);
    }

    [Fact]
    public void Bind_BlankJsonStringForInteger_CountsAsAbsent()
    {
        var binder = Binders.Of(Body("p", ParamType.Integer) with { DefaultValue = Inputs.Parse("7") });
        Assert.Equal(7L, binder.Bind(Inputs.Json("""{"p": ""}""")).Values["p"]);
    }
}
