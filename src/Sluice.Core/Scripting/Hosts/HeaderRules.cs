namespace Sluice.Core.Scripting.Hosts;

/// <summary>What makes a header name or value well-formed (RFC 9110), for headers scripts set.</summary>
internal static class HeaderRules
{
    private const string TokenSymbols = "!#$%&'*+-.^_`|~";

    /// <summary>True when <paramref name="name"/> is a non-empty token.</summary>
    public static bool IsToken(string name)
    {
        if (name.Length == 0)
        {
            return false;
        }
        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && !TokenSymbols.Contains(c, StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>True when <paramref name="value"/> has a CR, LF or NUL, which could end the header
    /// and start another.</summary>
    public static bool BreaksLine(string value) => value.AsSpan().IndexOfAny('\r', '\n', '\0') >= 0;
}
