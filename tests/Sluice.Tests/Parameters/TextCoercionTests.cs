using Sluice.Core.Parameters;
using static Sluice.Tests.Parameters.Binders;

namespace Sluice.Tests.Parameters;

public sealed class TextCoercionTests
{
    [Theory]
    [InlineData("42", 42L)]
    [InlineData("-7", -7L)]
    [InlineData("+5", 5L)]
    [InlineData("9223372036854775807", long.MaxValue)]
    public void Bind_IntegerText_IsLong(string text, long expected)
    {
        var result = BindQueryText(ParamType.Integer, text);
        Assert.Empty(result.Errors);
        Assert.Equal(expected, Assert.IsType<long>(result.Values["p"]));
    }

    [Theory]
    [InlineData("4.0")]
    [InlineData("abc")]
    [InlineData("1e3")]
    [InlineData("9223372036854775808")]
    [InlineData(" 42")]
    public void Bind_IntegerTextNotAWholeLong_IsTypeError(string text)
    {
        var result = BindQueryText(ParamType.Integer, text);
        var error = Assert.Single(result.Errors);
        Assert.Equal(("p", "type"), (error.Name, error.Rule));
        Assert.StartsWith("p must be an integer (got \"", error.Message, StringComparison.Ordinal);
        Assert.Null(result.Values["p"]);
    }

    [Theory]
    [InlineData("0.1", "0.1")]
    [InlineData("-3.25", "-3.25")]
    [InlineData("1e2", "100")]
    [InlineData("12345678901234567890.123456789", "12345678901234567890.123456789")]
    public void Bind_NumberText_IsExactDecimal(string text, string expected)
    {
        var result = BindQueryText(ParamType.Number, text);
        Assert.Empty(result.Errors);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Assert.IsType<decimal>(result.Values["p"]));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("NaN")]
    [InlineData("1,5")]
    [InlineData("1e400")]
    public void Bind_NumberTextNotANumber_IsTypeError(string text)
    {
        Assert.Equal("type", Assert.Single(BindQueryText(ParamType.Number, text).Errors).Rule);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("TRUE", true)]
    [InlineData("1", true)]
    [InlineData("yes", true)]
    [InlineData("On", true)]
    [InlineData("false", false)]
    [InlineData("0", false)]
    [InlineData("No", false)]
    [InlineData("OFF", false)]
    public void Bind_BooleanText_AcceptsCommonSpellings(string text, bool expected)
    {
        var result = BindQueryText(ParamType.Boolean, text);
        Assert.Empty(result.Errors);
        Assert.Equal(expected, Assert.IsType<bool>(result.Values["p"]));
    }

    [Theory]
    [InlineData("maybe")]
    [InlineData("2")]
    [InlineData("t")]
    public void Bind_BooleanTextOtherWord_IsTypeError(string text)
    {
        var error = Assert.Single(BindQueryText(ParamType.Boolean, text).Errors);
        Assert.Equal($"p must be true or false (got \"{text}\").", error.Message);
    }

    [Theory]
    [InlineData("hello")]
    [InlineData("")]
    [InlineData(" padded ")]
    [InlineData("42")]
    public void Bind_StringText_IsKeptAsIs(string text)
    {
        var result = BindQueryText(ParamType.String, text);
        Assert.Empty(result.Errors);
        Assert.Equal(text, result.Values["p"]);
    }

    [Fact]
    public void Bind_DateText_IsDateOnly()
    {
        var result = BindQueryText(ParamType.Date, "2024-05-01");
        Assert.Equal(new DateOnly(2024, 5, 1), result.Values["p"]);
    }

    [Theory]
    [InlineData("2024-13-01")]
    [InlineData("01/05/2024")]
    [InlineData("2024-5-1")]
    [InlineData("2024-05-01T00:00:00")]
    public void Bind_DateTextNotIsoDate_IsTypeError(string text)
    {
        var error = Assert.Single(BindQueryText(ParamType.Date, text).Errors);
        Assert.Contains("must be a date (yyyy-MM-dd)", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024-05-01T10:00:00Z", 0)]
    [InlineData("2024-05-01T10:00:00+02:00", 120)]
    [InlineData("2024-05-01 10:00:00-05:30", -330)]
    public void Bind_DatetimeTextWithOffset_IsDateTimeOffset(string text, int offsetMinutes)
    {
        var value = Assert.IsType<DateTimeOffset>(BindQueryText(ParamType.Datetime, text).Values["p"]);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 10, 0, 0, TimeSpan.FromMinutes(offsetMinutes)), value);
        Assert.Equal(TimeSpan.FromMinutes(offsetMinutes), value.Offset);
    }

    [Fact]
    public void Bind_DatetimeTextWithFractionAndOffset_KeepsTheFraction()
    {
        var value = Assert.IsType<DateTimeOffset>(BindQueryText(ParamType.Datetime, "2024-05-01T10:00:00.125Z").Values["p"]);
        Assert.Equal(125, value.Millisecond);
    }

    [Theory]
    [InlineData("2024-05-01T10:00:00", 0)]
    [InlineData("2024-05-01 10:00:00", 0)]
    [InlineData("2024-05-01T10:00", 0)]
    [InlineData("2024-05-01T10:00:00.1234567", 1234567)]
    [InlineData("2024-05-01 10:00:00.5", 5000000)]
    public void Bind_DatetimeTextWithoutOffset_IsUnspecifiedDateTime(string text, long fractionTicks)
    {
        var value = Assert.IsType<DateTime>(BindQueryText(ParamType.Datetime, text).Values["p"]);
        Assert.Equal(DateTimeKind.Unspecified, value.Kind);
        Assert.Equal(new DateTime(2024, 5, 1, 10, 0, 0, DateTimeKind.Unspecified).AddTicks(fractionTicks), value);
    }

    [Theory]
    [InlineData("2024-05-01")]
    [InlineData("yesterday")]
    [InlineData("2024-05-01T25:00:00")]
    [InlineData("2024-05-01T10:00:00+25:00")]
    public void Bind_DatetimeTextInvalid_IsTypeError(string text)
    {
        Assert.Equal("type", Assert.Single(BindQueryText(ParamType.Datetime, text).Errors).Rule);
    }

    [Fact]
    public void Bind_ObjectFromHeaderText_IsRefusedAtCompile()
    {
        var result = ParameterBinder.Compile([new ParamDefinition { Name = "filter", Location = ParamLocation.Header, DataType = ParamType.Object }]);
        Assert.Contains("Parameter 'filter' is an object, which only a JSON body can carry", Assert.Single(result.Errors), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ParamType.Integer)]
    [InlineData(ParamType.Number)]
    [InlineData(ParamType.Boolean)]
    [InlineData(ParamType.Date)]
    [InlineData(ParamType.Datetime)]
    [InlineData(ParamType.Array)]
    public void Bind_BlankTextForNonString_CountsAsAbsent(ParamType type)
    {
        var binder = Binders.Of(Query("p", type) with { IsRequired = true });
        var error = Assert.Single(binder.Bind(Inputs.Query(("p", "  "))).Errors);
        Assert.Equal(("required", "p is required."), (error.Rule, error.Message));
    }

    [Fact]
    public void Bind_LongInvalidText_IsEchoedShort()
    {
        var error = Assert.Single(BindQueryText(ParamType.Integer, new string('x', 500)).Errors);
        Assert.True(error.Message.Length < 120, error.Message);
    }
}
