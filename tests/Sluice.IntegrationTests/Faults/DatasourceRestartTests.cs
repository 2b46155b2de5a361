using System.Net;
using Sluice.IntegrationTests.Infrastructure;

namespace Sluice.IntegrationTests.Faults;

/// <summary>The datasource's PostgreSQL goes away and comes back while clients keep calling;
/// Sluice is not restarted.</summary>
public sealed class DatasourceRestartTests
{
    private const int PoolSize = 3;

    [Fact]
    public async Task Gateway_DatasourceRestartedUnderLoad_Answers503WithTheReasonThenServesAgain()
    {
        await using var cluster = await PostgresCluster.StartAsync();
        await using var store = new SqliteTestStore();
        var settings = SluiceInstance.DefaultSettings(store.DatabaseUrl);
        settings["EXTERNAL_DB_POOL_SIZE"] = PoolSize.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await using var server = await SluiceInstance.StartAsync(settings);
        var token = (await server.Http.LoginOkAsync()).AccessToken;
        var datasourceId = await server.CreateDatasourceAsync(token, cluster.DatasourceDefinition);
        var (_, path) = await server.PublishAsync(token, datasourceId, "SELECT 1 AS one");
        using (var before = await server.Http.GetAsync("/api/" + path))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        var load = GatewayLoad.Start(server.Http, "/api/" + path);
        await load.UntilAnsweredAsync(HttpStatusCode.OK);
        await cluster.StopServerAsync();

        // Once the pooled connections the stop broke are spent, new ones are refused.
        string? message = null;
        for (var attempt = 0; attempt <= PoolSize && message?.Contains("connection refused", StringComparison.Ordinal) != true; attempt++)
        {
            using var down = await server.Http.GetAsync("/api/" + path);
            var body = await down.ReadJsonAsync();
            Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
            Assert.False((bool)body["success"]!);
            message = (string?)body["message"];
        }
        Assert.Matches("^Datasource 'ds-[0-9a-f]+' is unreachable: connection refused\\. Retry shortly\\.$", message);
        await load.UntilAnsweredAsync(HttpStatusCode.ServiceUnavailable);

        await cluster.StartServerAsync();
        // Back at once: at worst each pooled connection the restart broke fails one call.
        var attempts = 0;
        HttpStatusCode status;
        do
        {
            attempts++;
            using var after = await server.Http.GetAsync("/api/" + path);
            status = after.StatusCode;
        }
        while (status != HttpStatusCode.OK && attempts <= PoolSize + 1);
        Assert.Equal(HttpStatusCode.OK, status);

        var answers = await load.StopAsync();
        Assert.All(answers, answer => Assert.True(answer.Status is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable,
            $"{(int)answer.Status} {answer.Body}"));
        Assert.All(answers.Where(answer => answer.Status == HttpStatusCode.ServiceUnavailable),
            answer => Assert.Matches("is unreachable: [a-z ]+\\. Retry shortly\\.", answer.Body));
        for (var i = 0; i < 5; i++)
        {
            using var served = await server.Http.GetAsync("/api/" + path);
            Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        }
    }
}
