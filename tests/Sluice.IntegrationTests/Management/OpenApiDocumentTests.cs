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

    [Fact]
    public async Task ManagementDocument_BearerScheme_AppliesToEveryRouteButLoginAndHealth()
    {
        var document = await DocumentAsync(Management);
        var scheme = document["components"]!["securitySchemes"]!["bearer"]!;
        Assert.Equal("http", (string?)scheme["type"]);
        Assert.Equal("bearer", (string?)scheme["scheme"]);
        Assert.Equal("JWT", (string?)scheme["bearerFormat"]);
        var open = new List<string>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                var secured = operation!["security"]?.AsArray().Any(requirement => requirement!["bearer"] is not null) == true;
                if (!secured)
                {
                    open.Add($"{method.ToUpperInvariant()} {path}");
                }
            }
        }
        Assert.Contains("POST /api/v1/login/access-token", open);
        Assert.Contains("POST /api/v1/login/refresh", open);
        Assert.All(open, route => Assert.Matches("^(POST /api/v1/login/|GET /api/v1/utils/)", route));
    }

    [Fact]
    public async Task ManagementDocument_RequestSchemas_CarryEnumsRequiredFieldsAndParamItems()
    {
        var schemas = (await DocumentAsync(Management))["components"]!["schemas"]!;
        var api = schemas["ApiRequest"]!;
        Assert.Equal(["name", "path", "datasource_id"], Strings(api["required"]));
        Assert.Equal(["GET", "POST", "PUT", "PATCH", "DELETE"], Strings(api["properties"]!["http_method"]!["enum"]));
        Assert.Equal(["public", "private"], Strings(api["properties"]!["access_type"]!["enum"]));
        Assert.NotNull((string?)api["properties"]!["content"]!["description"]);
        var items = api["properties"]!["params"]!["items"]!;
        var param = items["$ref"] is { } reference ? schemas[((string)reference!).Split('/')[^1]]! : items;
        string[] fields = ["name", "location", "data_type", "is_required", "default_value", "description", "pattern", "minimum", "maximum",
            "min_length", "max_length", "enum", "validate"];
        Assert.Equal(fields, param["properties"]!.AsObject().Select(property => property.Key));
        var location = param["properties"]!["location"]!;
        var locations = location["$ref"] is { } locationRef ? schemas[((string)locationRef!).Split('/')[^1]]! : location;
        Assert.Equal(["query", "path", "header", "body"], Strings(locations["enum"]));
        Assert.Equal(["postgres", "mysql", "sqlite", "duckdb"], Strings(schemas["DatasourceRequest"]!["properties"]!["product_type"]!["enum"]));
        Assert.Equal(["read", "create", "update", "delete", "execute"], Strings(schemas["PermissionBody"]!["properties"]!["action"]!["enum"]));
        Assert.Equal(["username", "password"], Strings(schemas["LoginRequest"]!["required"]));
        Assert.Equal(["name", "content"], Strings(schemas["MacroRequest"]!["required"]));
        Assert.Equal(["sql", "javascript"], Strings(schemas["MacroRequest"]!["properties"]!["language"]!["enum"]));
        Assert.Equal(["sql", "javascript"], Strings(schemas["MacroResponse"]!["properties"]!["language"]!["enum"]));
    }

    private static List<string> Strings(JsonNode? array) => array?.AsArray().Select(item => (string)item!).ToList() ?? [];

    private async Task<JsonNode> DocumentAsync(string address)
    {
        using var response = await Http.GetAsync(address);
        Assert.True(response.IsSuccessStatusCode, $"{address}: {(int)response.StatusCode}");
        return await response.ReadJsonAsync();
    }
}
