using System.Net;
using Sluice.IntegrationTests.Infrastructure;

namespace Sluice.IntegrationTests.Gateway;

/// <summary>What a newcomer sees after <c>sluice serve --demo</c>: the README's curl lines work.</summary>
public sealed class DemoTests
{
    [Fact]
    public async Task ServeDemo_ReadmeCalls_AnswerWithRows()
    {
        await using var store = new SqliteTestStore();
        await using var server = await SluiceInstance.StartAsync(SluiceInstance.DefaultSettings(store.DatabaseUrl), "--demo");

        using var list = await server.Http.GetAsync("/api/demo/products?category=books&max_price=50&sort=price&page=1&page_size=5&count=exact");
        var listBody = await list.ReadJsonAsync();
        Assert.True(list.IsSuccessStatusCode, listBody.ToJsonString());
        var rows = listBody["data"]!.AsArray();
        Assert.InRange(rows.Count, 1, 5);
        Assert.All(rows, row => Assert.Equal("books", (string?)row!["category"]));
        var prices = rows.Select(row => (decimal)row!["price"]!).ToList();
        Assert.Equal(prices.Order(), prices);
        Assert.True((long)listBody["total"]! >= rows.Count);

        using var one = await server.Http.GetAsync("/api/demo/products/42");
        var product = (await one.ReadJsonAsync())["data"]![0]!;
        Assert.Equal(42L, (long)product["id"]!);

        using var search = await server.Http.GetAsync("/api/demo/customers/search?q=ada&city=Oslo");
        var found = (await search.ReadJsonAsync())["data"]!.AsArray();
        Assert.NotEmpty(found);
        Assert.All(found, row => Assert.Equal("Oslo", (string?)row!["city"]));

        using var badSort = await server.Http.GetAsync("/api/demo/products?sort=password");
        Assert.Equal(HttpStatusCode.BadRequest, badSort.StatusCode);

        using var openApi = await server.Http.GetAsync("/api/openapi.json");
        var document = await openApi.ReadJsonAsync();
        Assert.NotNull(document["paths"]!["/api/demo/products/{id}"]!["get"]);
        // The demo versions carry the columns the database's check found, so rows are described.
        var rowProperties = document["paths"]!["/api/demo/products/{id}"]!["get"]!["responses"]!["200"]!["content"]!["application/json"]!["schema"]!["allOf"]![1]!
            ["properties"]!["data"]!["items"]!["properties"]!.AsObject();
        Assert.Equal("integer", (string?)rowProperties["id"]!["type"]);
        Assert.Contains("price", rowProperties.Select(property => property.Key));
    }

    [Fact]
    public async Task ServeDemo_Schema_ListsDemoTablesWithColumns()
    {
        await using var store = new SqliteTestStore();
        await using var server = await SluiceInstance.StartAsync(SluiceInstance.DefaultSettings(store.DatabaseUrl), "--demo");
        var token = (await server.Http.LoginOkAsync()).AccessToken;

        using var response = await server.Http.GetAsync("/api/v1/datasources/1/schema", token);
        var body = await response.ReadJsonAsync();

        Assert.True(response.IsSuccessStatusCode, body.ToJsonString());
        var main = Assert.Single(body["schemas"]!.AsArray())!;
        Assert.Equal("main", (string?)main["name"]);
        var tables = main["tables"]!.AsArray().ToDictionary(table => (string)table!["name"]!, table => table!);
        Assert.Equal(["customers", "orders", "products"], tables.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["id", "name", "category", "price", "in_stock"], tables["products"]["columns"]!.AsArray().Select(column => (string?)column!["name"]));
        Assert.Equal(["id"], tables["products"]["primary_key"]!.AsArray().Select(column => (string?)column));
        Assert.Equal("INTEGER", (string?)tables["orders"]["columns"]![1]!["type"]);
    }

    [Fact]
    public async Task ServeDemo_Twice_DoesNotDuplicate()
    {
        await using var store = new SqliteTestStore();
        var settings = SluiceInstance.DefaultSettings(store.DatabaseUrl);
        await using (var first = await SluiceInstance.StartAsync(settings, "--demo"))
        {
            _ = first;
        }
        await using var second = await SluiceInstance.StartAsync(settings, "--demo");
        var token = (await second.Http.LoginOkAsync()).AccessToken;
        using var apis = await second.Http.GetAsync("/api/v1/apis", token);
        Assert.Equal(3L, (long)(await apis.ReadJsonAsync())["total"]!);
    }
}
