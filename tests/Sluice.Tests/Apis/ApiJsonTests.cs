using System.Text.Json;
using Sluice.Core.Apis;
using Sluice.Core.Parameters;

namespace Sluice.Tests.Apis;

/// <summary>The stored JSON columns read and write as clients write them: snake_case names and
/// enum values, nulls left out, unknown enum values refused.</summary>
public sealed class ApiJsonTests
{
    private const string Stored =
        """[{"name":"created_after","location":"header","data_type":"datetime","is_required":true,"default_value":"2024-01-01T00:00:00Z","min_length":2,"enum":["a",1]}]""";

    [Fact]
    public void Params_StoredSnakeCase_ReadsEveryField()
    {
        var definition = Assert.Single(ApiJson.Params(Stored));

        Assert.Equal("created_after", definition.Name);
        Assert.Equal(ParamLocation.Header, definition.Location);
        Assert.Equal(ParamType.Datetime, definition.DataType);
        Assert.True(definition.IsRequired);
        Assert.Equal("2024-01-01T00:00:00Z", definition.DefaultValue?.GetString());
        Assert.Equal(2, definition.MinLength);
        Assert.Equal(2, definition.Enum?.Count);
    }

    [Fact]
    public void Serialize_Params_RoundTripsInSnakeCaseWithoutNulls()
    {
        var json = JsonSerializer.Serialize(ApiJson.Params(Stored).ToList(), ApiJson.Options);

        Assert.Contains("\"data_type\":\"datetime\"", json, StringComparison.Ordinal);
        Assert.Contains("\"location\":\"header\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
        Assert.Equal(ApiJson.Params(Stored), ApiJson.Params(json), new DefinitionNames());
    }

    [Theory]
    [InlineData("""[{"name":"n","location":"attic"}]""")]
    [InlineData("""[{"name":"n","data_type":1}]""")]
    public void Params_EnumValueUnknownOrANumber_Refused(string json) =>
        Assert.Throws<JsonException>(() => ApiJson.Params(json));

    [Fact]
    public void Identifiers_StoredList_ReadsASet() =>
        Assert.Equal(new[] { "name", "price" }, ApiJson.Identifiers("""["price","name","price"]""").Order());

    private sealed class DefinitionNames : IEqualityComparer<ParamDefinition>
    {
        public bool Equals(ParamDefinition? x, ParamDefinition? y) =>
            x?.Name == y?.Name && x?.Location == y?.Location && x?.DataType == y?.DataType && x?.IsRequired == y?.IsRequired;

        public int GetHashCode(ParamDefinition obj) => obj.Name.GetHashCode(StringComparison.Ordinal);
    }
}
