using System.Collections.Frozen;
using static Sluice.Core.Connectors.ErrorMeanings;

namespace Sluice.Core.Connectors;

/// <summary>The meaning of a standard SQLSTATE's class (its first two characters), for the codes
/// an engine's own table does not list; PostgreSQL and MariaDB/MySQL both report SQLSTATEs.</summary>
internal static class SqlStateClasses
{
    private static readonly FrozenDictionary<string, ErrorMeaning> Classes = new Dictionary<string, ErrorMeaning>(StringComparer.Ordinal)
    {
        ["23"] = Integrity,
        ["22"] = BadValue,
        ["42"] = InvalidQuery,
        ["40"] = Serialization,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The meaning of <paramref name="sqlState"/>'s class; null for no SQLSTATE or an unmapped class.</summary>
    public static ErrorMeaning? Meaning(string? sqlState) =>
        sqlState is { Length: 5 } && Classes.TryGetValue(sqlState[..2], out var meaning) ? meaning : null;
}
