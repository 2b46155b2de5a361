namespace Sluice.Core.Settings;

/// <summary>Reads a <c>.env</c> file: <c>KEY=value</c> lines, <c>#</c> comments, optional
/// <c>export</c> prefix, single or double quotes around a value.</summary>
public static class EnvFile
{
    /// <summary>Parses the text of a .env file. Later keys win over earlier ones.</summary>
    public static IReadOnlyDictionary<string, string> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            if (line.StartsWith("export ", StringComparison.Ordinal))
            {
                line = line["export ".Length..].TrimStart();
            }
            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                continue;
            }
            var key = line[..equals].Trim();
            values[key] = Unquote(line[(equals + 1)..].Trim());
        }
        return values;
    }

    /// <summary>Reads <paramref name="path"/> if it exists; an absent file is an empty set.</summary>
    public static IReadOnlyDictionary<string, string> Load(string path) =>
        File.Exists(path) ? Parse(File.ReadAllText(path)) : new Dictionary<string, string>();

    private static string Unquote(string value)
    {
        if (value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[^1] == value[0])
        {
            var inner = value[1..^1];
            return value[0] == '"' ? inner.Replace("\\n", "\n", StringComparison.Ordinal).Replace("\\\"", "\"", StringComparison.Ordinal) : inner;
        }
        // An unquoted value may carry a trailing comment: KEY=value # note
        var comment = value.IndexOf(" #", StringComparison.Ordinal);
        return comment >= 0 ? value[..comment].TrimEnd() : value;
    }
}
