using System.Net;
using Sluice.IntegrationTests.Gateway;
using Sluice.IntegrationTests.Infrastructure;

namespace Sluice.IntegrationTests.Fuzz;

/// <summary>Gateway bodies go through the same reader as management bodies: a string the
/// binder could not decode, or a multipart body cut short, is a 400 in the envelope.</summary>
public sealed class GatewayBodyTests(SqliteGateway fixture) : IClassFixture<SqliteGateway>
{
    private const string Params = """[{"name": "name", "location": "body", "data_type": "string"}]""";

    [Theory]
    [InlineData("""{"name": "\udfff\ud800"}""")]
    [InlineData("""{"name": "ok\xff"}""")]
    public async Task BodyParameter_UndecodableString_Answers400(string body)
    {
        var (_, path) = await fixture.PublishAsync("SELECT {{ name }} AS name", Params, method: "POST");
        using var response = await fixture.Server.Http.SendRawAsync(HttpMethod.Post, $"/api/{path}", RawRequests.WithInvalidByte(body), "application/json");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not valid UTF-8 JSON", (string)(await response.ReadJsonAsync())["message"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BodyParameter_MultipartCutShort_Answers400()
    {
        var (_, path) = await fixture.PublishAsync("SELECT {{ name }} AS name", Params, method: "POST");
        using var response = await fixture.Server.Http.PostRawAsync($"/api/{path}",
            "--zz\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\na\r\n--zz", "multipart/form-data; boundary=zz");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task BodyParameter_JsonWithQuotedCharset_IsBound()
    {
        var (_, path) = await fixture.PublishAsync("SELECT {{ name }} AS name", Params, method: "POST");
        using var response = await fixture.Server.Http.PostRawAsync($"/api/{path}", """{"name": "ada"}""", "application/json; charset=\"utf-8\"");
        var body = await response.ReadJsonAsync();
        Assert.True(response.IsSuccessStatusCode, body.ToJsonString());
        Assert.Equal("ada", (string)body["data"]![0]!["name"]!);
    }
}
