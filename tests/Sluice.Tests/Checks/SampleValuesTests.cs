using System.Text.Json;
using Sluice.Core.Checks;
using Sluice.Core.Parameters;

namespace Sluice.Tests.Checks;

public sealed class SampleValuesTests
{
    private static ParamDefinition Param(string name, ParamType type, bool required = false) => new() { Name = name, DataType = type, IsRequired = required };

    [Fact]
    public void For_OptionalParameters_RendersPresentAndAbsentCases()
    {
        var cases = SampleValues.For([Param("id", ParamType.Integer, required: true), Param("q", ParamType.String)], "sample");

        Assert.Equal([SampleValues.AllPresent, SampleValues.OptionalAbsent], cases.Select(c => c.Label));
        Assert.Equal(1L, cases[0].Values["id"]);
        Assert.Equal("sample", cases[0].Values["q"]);
        Assert.Equal(1L, cases[1].Values["id"]);
        Assert.Null(cases[1].Values["q"]);
    }

    [Fact]
    public void For_OnlyRequiredParameters_RendersOneCase()
    {
        var sample = Assert.Single(SampleValues.For([Param("id", ParamType.Integer, required: true)], "sample"));

        Assert.Equal(SampleValues.Only, sample.Label);
    }

    [Fact]
    public void For_EachType_GivesAValueOfThatType()
    {
        var values = SampleValues.For([
            Param("s", ParamType.String, true), Param("i", ParamType.Integer, true), Param("n", ParamType.Number, true), Param("b", ParamType.Boolean, true),
            Param("a", ParamType.Array, true), Param("o", ParamType.Object, true), Param("d", ParamType.Date, true), Param("t", ParamType.Datetime, true),
        ], "sample").Single().Values;

        Assert.IsType<string>(values["s"]);
        Assert.IsType<long>(values["i"]);
        Assert.IsType<decimal>(values["n"]);
        Assert.Equal(true, values["b"]);
        Assert.NotEmpty(Assert.IsAssignableFrom<IReadOnlyList<object?>>(values["a"]));
        Assert.NotNull(values["o"]);
        Assert.IsType<DateOnly>(values["d"]);
        Assert.NotNull(values["t"]);
    }

    [Fact]
    public void For_Rules_AreHonoured()
    {
        var values = SampleValues.For([
            Param("e", ParamType.String, true) with { Enum = [JsonSerializer.SerializeToElement("open"), JsonSerializer.SerializeToElement("closed")] },
            Param("f", ParamType.Integer) with { DefaultValue = JsonSerializer.SerializeToElement(42) },
            Param("m", ParamType.Integer, true) with { Minimum = 10, Maximum = 20 },
            Param("p", ParamType.String, true) with { Pattern = "[0-9]+" },
            Param("l", ParamType.String, true) with { MinLength = 8 },
        ], "sample")[0].Values;

        Assert.Equal("open", values["e"]);
        Assert.Equal(42L, values["f"]);
        Assert.Equal(10L, values["m"]);
        Assert.Equal("1", values["p"]);
        Assert.True(((string)values["l"]!).Length >= 8);
    }
}
