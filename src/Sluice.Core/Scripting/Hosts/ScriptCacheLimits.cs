namespace Sluice.Core.Scripting.Hosts;

/// <summary>The bounds of a script's <c>cache</c> object.</summary>
public static class ScriptCacheLimits
{
    /// <summary>Longest key, in characters.</summary>
    public const int MaxKeyLength = 256;

    /// <summary>Largest value, in bytes of UTF-8 JSON.</summary>
    public const int MaxValueBytes = 64 * 1024;

    /// <summary>Shortest time to live, in seconds.</summary>
    public const int MinTtlSeconds = 1;

    /// <summary>Longest time to live, in seconds (7 days).</summary>
    public const int MaxTtlSeconds = 7 * 24 * 3600;

    /// <summary>Time to live when the script gives none, in seconds.</summary>
    public const int DefaultTtlSeconds = 300;

    /// <summary>Most entries the in-process store holds before it evicts the least recently used.</summary>
    public const int LocalMaxEntries = 10_000;

    /// <summary>Most bytes (keys and values, as UTF-16) the in-process store holds before it evicts.</summary>
    public const long LocalMaxBytes = 64L * 1024 * 1024;
}
