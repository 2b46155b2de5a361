using System.Net;
using Sluice.IntegrationTests.Infrastructure;

namespace Sluice.IntegrationTests.Sandbox;

/// <summary>A datasource file locked by another process answers within the statement timeout,
/// and the metadata store (login) is unaffected meanwhile.</summary>
[Collection(SandboxGroup.Name)]
public sealed class SqliteLockTests(SandboxFixture fixture)
{
    [Fact]
    public async Task Gateway_FileLockedByAnotherConnection_Answers503Or504AndLoginKeepsWorking()
    {
        var path = await fixture.PublishAsync(fixture.SqliteId, "SELECT COUNT(*) AS n FROM items", statementTimeoutSeconds: 1);
        await using var held = await SqliteFileLock.TakeAsync(fixture.SqliteFile);
        // Generous: without a bounded busy wait the request never answers while the lock is held.
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var call = fixture.Server.Http.GetAsync(path, patience.Token);

        using (var login = await fixture.Server.Http.LoginAsync(SluiceInstance.AdminUser, SluiceInstance.AdminPassword))
        {
            Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        }
        using var response = await call;
        var message = (string?)(await response.ReadJsonAsync())["message"];

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.ServiceUnavailable, HttpStatusCode.GatewayTimeout });
        Assert.True(message!.Contains("locked", StringComparison.Ordinal) || message.Contains("cancelled", StringComparison.Ordinal), message);
    }

    [Fact]
    public async Task Debug_FileLockedByAnotherConnection_AnswersWithinTimeout()
    {
        await using var held = await SqliteFileLock.TakeAsync(fixture.SqliteFile);
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var api = await CreateDraftAsync();
        using var response = await fixture.Server.Http.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/v1/apis/debug")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { api_id = api }),
            Headers = { Authorization = new("Bearer", fixture.DeveloperToken) },
        }, patience.Token);
        var body = await response.ReadJsonAsync();

        var error = (string?)body["error"];

        // A debug run answers as the gateway does: the lock's refusal or the statement timeout.
        Assert.False((bool)body["success"]!);
        Assert.True(error!.Contains("locked", StringComparison.Ordinal) || error.Contains("cancelled", StringComparison.Ordinal), error);
    }

    private async Task<long> CreateDraftAsync()
    {
        var path = "lk" + Guid.NewGuid().ToString("N")[..10];
        using var created = await fixture.Server.Http.PostJsonAsync("/api/v1/apis", new
        {
            name = path, path, datasource_id = fixture.SqliteId, content = "SELECT COUNT(*) AS n FROM items", statement_timeout_seconds = 1,
        }, fixture.DeveloperToken);
        var body = await created.ReadJsonAsync();
        Assert.True(created.IsSuccessStatusCode, body.ToJsonString());
        return (long)body["id"]!;
    }
}
