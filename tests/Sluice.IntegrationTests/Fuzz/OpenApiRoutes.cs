using System.Text.Json.Nodes;
using Sluice.IntegrationTests.Infrastructure;

namespace Sluice.IntegrationTests.Fuzz;

/// <summary>Every operation the server describes in its two OpenAPI documents (management and
/// published APIs), plus the token routes, which are kept out of the documents.</summary>
internal static class OpenApiRoutes
{
    private static readonly string[] Methods = ["get", "post", "put", "patch", "delete"];

    public static async Task<List<FuzzRoute>> LoadAsync(HttpClient http)
    {
        var routes = new List<FuzzRoute>();
        foreach (var address in new[] { "/api/v1/openapi.json", "/api/openapi.json" })
        {
            using var response = await http.GetAsync(address);
            Assert.True(response.IsSuccessStatusCode, $"{address}: {(int)response.StatusCode}");
            routes.AddRange(Read(await response.ReadJsonAsync()));
        }
        string[] tokenFields = ["client_id", "client_secret", "grant_type"];
        routes.Add(new FuzzRoute("POST", "/api/token/generate", [], tokenFields));
        routes.Add(new FuzzRoute("POST", "/token/generate", [], tokenFields));
        return routes;
    }

    private static IEnumerable<FuzzRoute> Read(JsonNode document)
    {
        var schemas = document["components"]?["schemas"];
        foreach (var (template, item) in document["paths"]!.AsObject())
        {
            foreach (var method in Methods)
            {
                if (item![method] is not { } operation)
                {
                    continue;
                }
                var query = (operation["parameters"]?.AsArray() ?? [])
                    .Where(parameter => (string?)parameter!["in"] == "query")
                    .Select(parameter => (string)parameter!["name"]!)
                    .ToArray();
                var schema = operation["requestBody"]?["content"]?.AsObject().Select(content => content.Value?["schema"]).FirstOrDefault();
                yield return new FuzzRoute(method.ToUpperInvariant(), template, query, Fields(schema, schemas));
            }
        }
    }

    private static string[] Fields(JsonNode? schema, JsonNode? schemas)
    {
        if (schema?["$ref"] is { } reference)
        {
            schema = schemas?[((string)reference!).Split('/')[^1]];
        }
        return schema?["properties"]?.AsObject().Select(property => property.Key).ToArray() ?? [];
    }
}
