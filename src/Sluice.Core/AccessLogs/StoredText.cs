namespace Sluice.Core.AccessLogs;

/// <summary>Makes request text storable on every metadata store. PostgreSQL refuses NUL in
/// text, and a lone UTF-16 surrogate (say, a body cut mid-character) cannot be encoded;
/// either would fail a whole batch of records, so both become U+FFFD.</summary>
internal static class StoredText
{
    private const char Replacement = '\uFFFD';

    /// <summary><paramref name="value"/> cut to <paramref name="maxLength"/> UTF-16 units
    /// (never more characters than that) with NUL and lone surrogates replaced.</summary>
    public static string Fit(string value, int maxLength)
    {
        var text = value.Length > maxLength ? value.AsSpan(0, maxLength) : value.AsSpan();
        if (!text.Contains('\0') && !text.ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            return text.Length == value.Length ? value : text.ToString();
        }
        return Repair(text);
    }

    private static string Repair(ReadOnlySpan<char> text)
    {
        var chars = text.ToArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (chars[i] == '\0' || char.IsSurrogate(chars[i]))
            {
                chars[i] = Replacement;
            }
        }
        return new string(chars);
    }
}
