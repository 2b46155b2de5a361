using Sluice.Core.Scripting;
using Sluice.Core.Scripting.Hosts;
using Sluice.IntegrationTests.Flow;
using Sluice.Server.Observability.Health;
using Sluice.Server.Scripting;
using Sluice.TestSupport.Scripting;

namespace Sluice.IntegrationTests.Scripting;

public sealed class RedisScriptCacheStoreTests : ScriptCacheScenarios, IAsyncLifetime
{
    private readonly RedisConnection _connection = FlowRedis.Connect();
    private readonly RedisScriptCacheStore _store;

    public RedisScriptCacheStoreTests() => _store = new RedisScriptCacheStore(_connection, TimeProvider.System, TimeSpan.FromSeconds(10));

    protected override IScriptCacheStore Store => _store;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _connection.DisposeAsync();

    [Fact]
    public async Task Set_StoresJsonUnderTheApisKeyWithTheTtl()
    {
        var apiId = NewApiId();

        await Call(Cache(apiId), "set", "user:1", new System.Text.Json.Nodes.JsonObject { ["name"] = "ada" }, 120);

        var database = await FlowRedis.DatabaseAsync(_connection);
        var key = $"sluice:script-cache:{apiId}:user:1";
        Assert.Equal("{\"name\":\"ada\"}", (string?)await database.StringGetAsync(key));
        Assert.InRange((await database.KeyTimeToLiveAsync(key))!.Value, TimeSpan.FromSeconds(100), TimeSpan.FromSeconds(120));
    }

    [Fact]
    public async Task Incr_NewKeyGetsTheDefaultTtlAndAnExistingOneKeepsItsOwn()
    {
        var apiId = NewApiId();
        var cache = Cache(apiId);
        await Call(cache, "incr", "new");
        await Call(cache, "set", "long-lived", 1, 86_400);
        await Call(cache, "incr", "long-lived");

        var database = await FlowRedis.DatabaseAsync(_connection);
        Assert.InRange((await database.KeyTimeToLiveAsync($"sluice:script-cache:{apiId}:new"))!.Value,
            TimeSpan.FromSeconds(280), TimeSpan.FromSeconds(300));
        Assert.InRange((await database.KeyTimeToLiveAsync($"sluice:script-cache:{apiId}:long-lived"))!.Value,
            TimeSpan.FromSeconds(86_000), TimeSpan.FromSeconds(86_400));
    }

    [Fact]
    public async Task Get_SetByAnotherNode_IsSeen()
    {
        var apiId = NewApiId();
        await using var otherConnection = FlowRedis.Connect();
        var otherNode = ScriptCacheHost.Create(new RedisScriptCacheStore(otherConnection, TimeProvider.System, TimeSpan.FromSeconds(10)), apiId);

        await Call(otherNode, "set", "shared", "from the other node");

        Assert.Equal("from the other node", (string)(await Call(Cache(apiId), "get", "shared"))!);
    }

    [Fact]
    public async Task Get_RedisUnreachable_IsRefusedInPlainWords()
    {
        await using var unreachable = FlowRedis.Connect("redis://127.0.0.1:1/0");
        var cache = ScriptCacheHost.Create(new RedisScriptCacheStore(unreachable, TimeProvider.System, TimeSpan.FromSeconds(10)), NewApiId());

        var refusal = await Assert.ThrowsAsync<ScriptHostException>(async () => await Call(cache, "get", "k"));

        Assert.Equal("cache.get: the cache (Redis) did not answer; try again shortly.", refusal.Message);
    }
}
