using System.Net;
using Sluice.IntegrationTests.Infrastructure;

namespace Sluice.IntegrationTests.Security;

/// <summary>Every gateway error body carries the request id of its X-Request-ID header, so a
/// consumer can quote it and an operator can find the request in the log.</summary>
public sealed class GatewayErrorEnvelopeTests(SecurityFixture fixture) : IClassFixture<SecurityFixture>
{
    [Fact]
    public async Task UnknownPath_404_CarriesTheRequestId()
    {
        using var response = await fixture.Server.Http.GetAsync("/api/no-such-api-" + Guid.NewGuid().ToString("N"));

        await AssertCarriesRequestIdAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task PrivateApiWithoutToken_401_CarriesTheRequestId()
    {
        var (_, path) = await fixture.PrivateApiAsync();

        using var response = await fixture.CallAsync(path, null);

        await AssertCarriesRequestIdAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ClientNotGranted_403_CarriesTheRequestId()
    {
        var (_, path) = await fixture.PrivateApiAsync();
        var client = await fixture.ClientAsync();

        using var response = await fixture.CallAsync(path, await fixture.TokenForAsync(client));

        await AssertCarriesRequestIdAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task BadParameter_400_CarriesTheCallersRequestId()
    {
        var (_, path) = await fixture.PublishAsync("SELECT id FROM items WHERE id = {{ id }}",
            """[{"name": "id", "location": "query", "data_type": "integer", "is_required": true}]""");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/{path}?id=seven") { Headers = { { "X-Request-ID", "caller-chosen-id-42" } } };

        using var response = await fixture.Server.Http.SendAsync(request);

        Assert.Equal("caller-chosen-id-42", await AssertCarriesRequestIdAsync(response, HttpStatusCode.BadRequest));
    }

    private static async Task<string> AssertCarriesRequestIdAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.ReadJsonAsync();
        Assert.Equal(expected, response.StatusCode);
        Assert.False((bool)body["success"]!);
        var requestId = (string?)body["request_id"];
        Assert.False(string.IsNullOrEmpty(requestId));
        Assert.Equal(response.Headers.GetValues("X-Request-ID").Single(), requestId);
        return requestId!;
    }
}
