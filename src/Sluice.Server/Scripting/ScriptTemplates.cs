using System.Collections.Concurrent;

namespace Sluice.Server.Scripting;

/// <summary>Parsed script templates by SQL text, shared by every run: a script runs the same few
/// statements on every request, and parsing is the costly part. Bounded: when full, it starts
/// over, which costs a parse per statement and nothing else.</summary>
internal static class ScriptTemplates
{
    private const int Capacity = 512;
    // Longer texts are parsed each time rather than kept.
    private const int MaxCachedLength = 16 * 1024;

    private static readonly ConcurrentDictionary<string, ScriptTemplate> Parsed = new(StringComparer.Ordinal);

    public static ScriptTemplate Get(string sql)
    {
        if (Parsed.TryGetValue(sql, out var template))
        {
            return template;
        }
        template = ScriptTemplate.Parse(sql);
        if (sql.Length <= MaxCachedLength)
        {
            if (Parsed.Count >= Capacity)
            {
                Parsed.Clear();
            }
            Parsed.TryAdd(sql, template);
        }
        return template;
    }
}
