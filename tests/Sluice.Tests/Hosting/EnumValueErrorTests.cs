using System.Text.Json;
using System.Text.Json.Serialization;
using Sluice.Core.Parameters;
using Sluice.Server.Hosting;

namespace Sluice.Tests.Hosting;

public sealed class EnumValueErrorTests
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false) },
    };

    [Theory]
    [InlineData("""{"items": [{"location": "query"}, {"location": "querystring"}]}""", "'querystring' is not valid; use one of query, path, header, body.")]
    [InlineData("""{"items": [{"location": 3}]}""", "'3' is not valid; use one of query, path, header, body.")]
    [InlineData("""{"type": "datetimes"}""", "'datetimes' is not valid; use one of string, integer, number, boolean, array, object, date, datetime.")]
    public void Describe_BadEnumValueAtAnyDepth_ListsTheValues(string json, string message)
    {
        var exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Request>(json, Options));
        using var document = JsonDocument.Parse(json);

        Assert.Equal(message, EnumValueError.Describe(exception, document.RootElement, typeof(Request), Options));
    }

    [Fact]
    public void Describe_WrongTypeOfANonEnumField_IsNull()
    {
        const string json = """{"items": [{"name": 5}]}""";
        var exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Request>(json, Options));
        using var document = JsonDocument.Parse(json);

        Assert.Null(EnumValueError.Describe(exception, document.RootElement, typeof(Request), Options));
    }

    private sealed record Request(ParamType? Type, List<Item>? Items);

    private sealed record Item(string? Name, ParamLocation Location);
}
