using System.Collections.Frozen;

namespace Sluice.Core.Parameters;

/// <summary>Which names a parameter may have: identifiers a Liquid template can reference as
/// <c>{{ name }}</c>.</summary>
internal static class ParamName
{
    /// <summary>Names Liquid reads as literals, so a parameter so named could never be
    /// referenced (and a template reading one reads no variable).</summary>
    public static FrozenSet<string> Literals { get; } =
        new[] { "true", "false", "nil", "null", "empty", "blank" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The request header a <c>header</c> parameter is read from: the name with
    /// underscores as hyphens (<c>api_key</c> reads <c>Api-Key</c>; header names ignore case).
    /// The name as written is accepted too.</summary>
    public static string Header(string name) => name.Contains('_', StringComparison.Ordinal) ? name.Replace('_', '-') : name;

    /// <summary>Null when the name is usable, else what is wrong with it.</summary>
    public static string? Problem(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return "has no name.";
        }
        if (char.IsAsciiDigit(name[0]))
        {
            return "has a name that starts with a digit; names are identifiers (letters, digits and underscores, not starting with a digit).";
        }
        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                return "has a name with characters other than letters, digits and underscores; names are identifiers usable in templates.";
            }
        }
        return Literals.Contains(name) ? "has a name that Liquid reads as a literal (true, false, nil, null, empty, blank)." : null;
    }
}
