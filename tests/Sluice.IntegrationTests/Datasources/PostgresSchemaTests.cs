using System.Net;
using Sluice.IntegrationTests.Gateway;
using Sluice.IntegrationTests.Infrastructure;

namespace Sluice.IntegrationTests.Datasources;

/// <summary>What only PostgreSQL has: several schemas, materialized views and partitions.</summary>
public sealed class PostgresSchemaTests(PostgresGateway fixture) : IClassFixture<PostgresGateway>
{
    [Fact]
    public async Task Schema_OtherSchemasMaterializedViewsAndPartitions_ListedAsAuthorsSeeThem()
    {
        await fixture.Database.ExecuteAsync("""
            CREATE SCHEMA sales;
            CREATE TABLE sales.orders (id bigint PRIMARY KEY, total numeric(10,2) NOT NULL);
            CREATE MATERIALIZED VIEW sales.order_totals AS SELECT count(*) AS orders FROM sales.orders;
            CREATE TABLE events (id bigint NOT NULL, at date NOT NULL, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
            CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
            """);

        using var response = await fixture.Server.Http.GetAsync($"/api/v1/datasources/{fixture.DatasourceId}/schema?refresh=true", fixture.Token);
        var body = await response.ReadJsonAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var schemas = body["schemas"]!.AsArray().ToDictionary(schema => (string)schema!["name"]!,
            schema => schema!["tables"]!.AsArray().ToDictionary(table => (string)table!["name"]!, table => table!));
        Assert.Equal<string>(["public", "sales"], schemas.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("numeric(10,2)", (string?)schemas["sales"]["orders"]["columns"]![1]!["type"]);
        Assert.Equal("view", (string?)schemas["sales"]["order_totals"]["kind"]);
        Assert.Equal("table", (string?)schemas["public"]["events"]["kind"]);
        Assert.Equal<string>(["id", "at"], schemas["public"]["events"]["primary_key"]!.AsArray().Select(column => (string)column!));
        Assert.DoesNotContain("events_2026", schemas["public"].Keys);
    }
}
