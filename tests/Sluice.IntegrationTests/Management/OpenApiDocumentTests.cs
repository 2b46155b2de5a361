using System.Text.Json.Nodes;
using Sluice.IntegrationTests.Infrastructure;

namespace Sluice.IntegrationTests.Management;

/// <summary>Both OpenAPI documents, as a real server serves them with the demo APIs published,
/// pass an independent validator of the official OpenAPI schemas, and the management document
/// tells a client what the server really requires.</summary>
public sealed class OpenApiDocumentTests(DemoServer fixture) : IClassFixture<DemoServer>
{
    private const string Management = "/api/v1/openapi.json";
    private const string Consumer = "/api/openapi.json";

    private HttpClient Http => fixture.Server.Http;

    [Theory]
    [InlineData(Management)]
    [InlineData(Consumer)]
    public async Task Document_AsServed_PassesTheOpenApiSchemaValidator(string address)
    {
        var document = await DocumentAsync(address);
        Assert.NotEmpty(document["paths"]!.AsObject());
        var (valid, output) = await OpenApiValidator.ValidateAsync(document.ToJsonString());
        Assert.True(valid, $"{address} is not a valid OpenAPI document:\n{output}");
    }

    [Theory]
    [InlineData(Management)]
    [InlineData(Consumer)]
    public async Task Validator_DocumentWithADeliberateError_IsRefused(string address)
    {
        var document = await DocumentAsync(address);
        // A response without the description both OpenAPI versions require.
        var operation = document["paths"]!.AsObject().First().Value!.AsObject().First().Value!.AsObject();
        operation["responses"] = new JsonObject { ["200"] = new JsonObject() };
        var (valid, output) = await OpenApiValidator.ValidateAsync(document.ToJsonString());
        Assert.False(valid, $"the validator accepted a broken {address}:\n{output}");
        Assert.Contains("/responses/200", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConsumerDocument_AbsentFields_AreLeftOutNotNull()
    {
        var text = await (await Http.GetAsync(Consumer)).Content.ReadAsStringAsync();
        Assert.Contains("/api/demo/products/{id}", text, StringComparison.Ordinal);
        Assert.DoesNotContain(":null", text.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    private async Task<JsonNode> DocumentAsync(string address)
    {
        using var response = await Http.GetAsync(address);
        Assert.True(response.IsSuccessStatusCode, $"{address}: {(int)response.StatusCode}");
        return await response.ReadJsonAsync();
    }
}
