using System.Text;
using System.Text.Json.Nodes;

namespace Sluice.Core.Scripting.Hosts;

/// <summary>Builds a run's <c>cache</c> object: <c>get(key)</c> (the value or null),
/// <c>set(key, value, ttlSeconds?)</c>, <c>del(key)</c> and <c>incr(key, by?)</c> (the new
/// number), each answering a Promise. Keys live in the API's own namespace.</summary>
public static class ScriptCacheHost
{
    /// <summary>The <c>cache</c> object of one run of API <paramref name="apiId"/>.</summary>
    public static ScriptHostObject Create(IScriptCacheStore store, long apiId)
    {
        ArgumentNullException.ThrowIfNull(store);
        return new("cache",
        [
            new("get", (arguments, cancellationToken) => GetAsync(store, apiId, arguments, cancellationToken), ReturnsPromise: true),
            new("set", (arguments, cancellationToken) => SetAsync(store, apiId, arguments, cancellationToken), ReturnsPromise: true),
            new("del", (arguments, cancellationToken) => DeleteAsync(store, apiId, arguments, cancellationToken), ReturnsPromise: true),
            new("incr", (arguments, cancellationToken) => IncrementAsync(store, apiId, arguments, cancellationToken), ReturnsPromise: true),
        ]);
    }

    private static async ValueTask<JsonNode?> GetAsync(IScriptCacheStore store, long apiId, IReadOnlyList<JsonNode?> arguments, CancellationToken cancellationToken)
    {
        var args = new ScriptArguments("cache.get", arguments);
        var json = await store.GetAsync(apiId, Key(args), cancellationToken);
        return json is null ? null : JsonNode.Parse(json);
    }

    private static async ValueTask<JsonNode?> SetAsync(IScriptCacheStore store, long apiId, IReadOnlyList<JsonNode?> arguments, CancellationToken cancellationToken)
    {
        var args = new ScriptArguments("cache.set", arguments);
        var key = Key(args);
        var json = args[1]?.ToJsonString() ?? throw args.Refuse("value is missing; use cache.del to remove a key.");
        if (Encoding.UTF8.GetByteCount(json) > ScriptCacheLimits.MaxValueBytes)
        {
            throw args.Refuse($"the value of '{key}' is larger than {ScriptCacheLimits.MaxValueBytes} bytes as JSON; store less under one key.");
        }
        await store.SetAsync(apiId, key, json, Ttl(args, 2), cancellationToken);
        return null;
    }

    private static async ValueTask<JsonNode?> DeleteAsync(IScriptCacheStore store, long apiId, IReadOnlyList<JsonNode?> arguments, CancellationToken cancellationToken)
    {
        var args = new ScriptArguments("cache.del", arguments);
        return await store.DeleteAsync(apiId, Key(args), cancellationToken);
    }

    private static async ValueTask<JsonNode?> IncrementAsync(IScriptCacheStore store, long apiId, IReadOnlyList<JsonNode?> arguments, CancellationToken cancellationToken)
    {
        var args = new ScriptArguments("cache.incr", arguments);
        var key = Key(args);
        var by = args.WholeNumber(1, "by", 1, -1_000_000_000_000, 1_000_000_000_000);
        var sum = await store.IncrementAsync(apiId, key, by, TimeSpan.FromSeconds(ScriptCacheLimits.DefaultTtlSeconds), cancellationToken);
        return sum ?? throw args.Refuse($"the value of '{key}' is not a whole number (or would overflow); cache.set it to a number first.");
    }

    private static string Key(ScriptArguments args)
    {
        var key = args.String(0, "key");
        return key.Length is > 0 and <= ScriptCacheLimits.MaxKeyLength
            ? key
            : throw args.Refuse($"key must be 1 to {ScriptCacheLimits.MaxKeyLength} characters long.");
    }

    private static TimeSpan Ttl(ScriptArguments args, int index) => TimeSpan.FromSeconds(args.WholeNumber(index, "ttlSeconds",
        ScriptCacheLimits.DefaultTtlSeconds, ScriptCacheLimits.MinTtlSeconds, ScriptCacheLimits.MaxTtlSeconds));
}
