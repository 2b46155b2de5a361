using System.Text.Json.Nodes;
using Sluice.Core.Scripting;
using Sluice.Core.Scripting.Hosts;

namespace Sluice.TestSupport.Scripting;

/// <summary>What the script <c>cache</c> object does on every store: each store's test class
/// derives from this one.</summary>
public abstract class ScriptCacheScenarios
{
    /// <summary>The store under test.</summary>
    protected abstract IScriptCacheStore Store { get; }

    /// <summary>An API id no other test uses (stores may outlive a test run).</summary>
    protected static long NewApiId() => Random.Shared.NextInt64(1, long.MaxValue);

    protected ScriptHostObject Cache(long apiId) => ScriptCacheHost.Create(Store, apiId);

    [Fact]
    public async Task SetThenGet_GivesTheValueBack()
    {
        var cache = Cache(NewApiId());

        await Call(cache, "set", "object", new JsonObject { ["a"] = new JsonArray(1, "two", null) });
        await Call(cache, "set", "text", "plain");
        await Call(cache, "set", "number", 2.5);

        Assert.Equal("{\"a\":[1,\"two\",null]}", (await Call(cache, "get", "object"))!.ToJsonString());
        Assert.Equal("plain", (string)(await Call(cache, "get", "text"))!);
        Assert.Equal(2.5, (double)(await Call(cache, "get", "number"))!);
    }

    [Fact]
    public async Task Get_MissingKey_GivesNull() => Assert.Null(await Call(Cache(NewApiId()), "get", "never-set"));

    [Fact]
    public async Task Keys_OfOneApi_AreInvisibleToAnother()
    {
        var (first, second) = (Cache(NewApiId()), Cache(NewApiId()));

        await Call(first, "set", "shared-name", "first's");

        Assert.Null(await Call(second, "get", "shared-name"));
        await Call(second, "set", "shared-name", "second's");
        Assert.False((bool)(await Call(second, "del", "other"))!);
        Assert.True((bool)(await Call(second, "del", "shared-name"))!);
        Assert.Equal(1, (long)(await Call(second, "incr", "counter"))!);
        Assert.Equal("first's", (string)(await Call(first, "get", "shared-name"))!);
        Assert.Equal(1, (long)(await Call(first, "incr", "counter"))!);
    }

    [Fact]
    public async Task Del_RemovesTheKeyAndSaysWhetherItWasThere()
    {
        var cache = Cache(NewApiId());
        await Call(cache, "set", "k", 1);

        Assert.True((bool)(await Call(cache, "del", "k"))!);
        Assert.Null(await Call(cache, "get", "k"));
        Assert.False((bool)(await Call(cache, "del", "k"))!);
    }

    [Fact]
    public async Task Incr_CountsFromZeroByOneOrByTheGivenStep()
    {
        var cache = Cache(NewApiId());

        Assert.Equal(1, (long)(await Call(cache, "incr", "hits"))!);
        Assert.Equal(11, (long)(await Call(cache, "incr", "hits", 10))!);
        Assert.Equal(8, (long)(await Call(cache, "incr", "hits", -3))!);
        Assert.Equal(8, (long)(await Call(cache, "get", "hits"))!);
        await Call(cache, "set", "preset", 41);
        Assert.Equal(42, (long)(await Call(cache, "incr", "preset"))!);
    }

    [Fact]
    public async Task Incr_ValueNotAWholeNumber_IsRefused()
    {
        var cache = Cache(NewApiId());
        await Call(cache, "set", "name", "sluice");

        var refusal = await Assert.ThrowsAsync<ScriptHostException>(async () => await Call(cache, "incr", "name"));

        Assert.Equal("cache.incr: the value of 'name' is not a whole number (or would overflow); cache.set it to a number first.", refusal.Message);
        Assert.Equal("sluice", (string)(await Call(cache, "get", "name"))!);
    }

    [Theory]
    [InlineData("get", "cache.get: key must be 1 to 256 characters long.", "")]
    [InlineData("del", "cache.del: key must be a string.", null)]
    public async Task Key_EmptyOrMissing_IsRefused(string method, string expected, string? key)
    {
        var refusal = await Assert.ThrowsAsync<ScriptHostException>(async () => await Call(Cache(NewApiId()), method, key));

        Assert.Equal(expected, refusal.Message);
    }

    [Fact]
    public async Task Set_OverTheLimits_IsRefusedNamingTheLimit()
    {
        var cache = Cache(NewApiId());

        Assert.Equal("cache.set: key must be 1 to 256 characters long.",
            await RefusalAsync(cache, "set", new string('k', 257), 1));
        Assert.Equal("cache.set: the value of 'big' is larger than 65536 bytes as JSON; store less under one key.",
            await RefusalAsync(cache, "set", "big", new string('v', 65_535)));
        Assert.Equal("cache.set: value is missing; use cache.del to remove a key.", await RefusalAsync(cache, "set", "k", null));
        Assert.Equal("cache.set: ttlSeconds must be a whole number from 1 to 604800.", await RefusalAsync(cache, "set", "k", 1, 0));
        Assert.Equal("cache.set: ttlSeconds must be a whole number from 1 to 604800.", await RefusalAsync(cache, "set", "k", 1, 604_801));
        Assert.Null(await Call(cache, "get", "big"));

        await Call(cache, "set", new string('k', 256), new string('v', 65_534));
        Assert.Equal(65_534, ((string)(await Call(cache, "get", new string('k', 256)))!).Length);
    }

    protected static ValueTask<JsonNode?> Call(ScriptHostObject cache, string method, params JsonNode?[] arguments) =>
        cache.Methods.Single(m => m.Name == method).Call(arguments, CancellationToken.None);

    private static async Task<string> RefusalAsync(ScriptHostObject cache, string method, params JsonNode?[] arguments) =>
        (await Assert.ThrowsAsync<ScriptHostException>(async () => await Call(cache, method, arguments))).Message;
}
