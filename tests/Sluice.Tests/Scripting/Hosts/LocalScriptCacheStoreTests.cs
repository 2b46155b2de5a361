using Microsoft.Extensions.Time.Testing;
using Sluice.Core.Scripting.Hosts;
using Sluice.TestSupport.Scripting;

namespace Sluice.Tests.Scripting.Hosts;

public sealed class LocalScriptCacheStoreTests : ScriptCacheScenarios
{
    private readonly FakeTimeProvider _time = new();
    private readonly LocalScriptCacheStore _store;

    public LocalScriptCacheStoreTests() => _store = new LocalScriptCacheStore(_time);

    protected override IScriptCacheStore Store => _store;

    [Fact]
    public async Task Set_WithTtl_ExpiresWhenTheTimeHasPassed()
    {
        var cache = Cache(1);
        await Call(cache, "set", "k", "v", 10);

        _time.Advance(TimeSpan.FromSeconds(9));
        Assert.Equal("v", (string)(await Call(cache, "get", "k"))!);

        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Null(await Call(cache, "get", "k"));
    }

    [Fact]
    public async Task Set_WithoutTtl_LivesFiveMinutes()
    {
        var cache = Cache(1);
        await Call(cache, "set", "k", "v");

        _time.Advance(TimeSpan.FromSeconds(299));
        Assert.NotNull(await Call(cache, "get", "k"));

        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Null(await Call(cache, "get", "k"));
    }

    [Fact]
    public async Task Incr_NewKeyLivesFiveMinutesAndAnExistingOneKeepsItsExpiry()
    {
        var cache = Cache(1);
        await Call(cache, "incr", "new");
        await Call(cache, "set", "short", 5, 10);
        await Call(cache, "incr", "short");

        _time.Advance(TimeSpan.FromSeconds(10));
        Assert.Null(await Call(cache, "get", "short"));
        Assert.Equal(1, (long)(await Call(cache, "get", "new"))!);

        _time.Advance(TimeSpan.FromSeconds(290));
        Assert.Null(await Call(cache, "get", "new"));
    }

    [Fact]
    public async Task Set_MoreEntriesThanTheBound_EvictsTheLeastRecentlyUsed()
    {
        var cache = ScriptCacheHost.Create(new LocalScriptCacheStore(_time, maxEntries: 3), 1);
        await Call(cache, "set", "a", 1);
        await Call(cache, "set", "b", 2);
        await Call(cache, "set", "c", 3);
        await Call(cache, "get", "a");

        await Call(cache, "set", "d", 4);

        Assert.Null(await Call(cache, "get", "b"));
        Assert.NotNull(await Call(cache, "get", "a"));
        Assert.NotNull(await Call(cache, "get", "c"));
        Assert.NotNull(await Call(cache, "get", "d"));
    }

    [Fact]
    public async Task Set_MoreBytesThanTheBound_EvictsUntilTheNewValueFits()
    {
        // Each entry: key "kN" and a 1000-character JSON string, about 2 KB as UTF-16.
        var store = new LocalScriptCacheStore(_time, maxBytes: 5_000);
        var cache = ScriptCacheHost.Create(store, 1);
        for (var i = 0; i < 4; i++)
        {
            await Call(cache, "set", $"k{i}", new string('v', 998));
        }

        Assert.Equal(2, store.Count);
        Assert.Null(await Call(cache, "get", "k1"));
        Assert.NotNull(await Call(cache, "get", "k3"));
    }
}
