namespace Sluice.Cli;

/// <summary>A command line split into positional words and <c>--name value</c> options.
/// Flags without a value are stored as "true".</summary>
internal sealed class CliArguments
{
    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);
    private readonly List<string> _words = [];

    public CliArguments(IEnumerable<string> args, IReadOnlySet<string> flags)
    {
        using var next = args.GetEnumerator();
        while (next.MoveNext())
        {
            var arg = next.Current;
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                _words.Add(arg);
                continue;
            }
            var name = arg[2..];
            var equals = name.IndexOf('=', StringComparison.Ordinal);
            if (equals >= 0)
            {
                _options[name[..equals]] = name[(equals + 1)..];
            }
            else if (flags.Contains(name))
            {
                _options[name] = "true";
            }
            else
            {
                _options[name] = next.MoveNext() ? next.Current : throw new CliUsageException($"--{name} needs a value.");
            }
        }
    }

    public IReadOnlyList<string> Words => _words;

    public string? Option(string name) => _options.GetValueOrDefault(name);

    public bool Flag(string name) => _options.ContainsKey(name);

    public IEnumerable<string> OptionNames => _options.Keys;

    public long? Number(string name)
    {
        var raw = Option(name);
        if (raw is null)
        {
            return null;
        }
        return long.TryParse(raw, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new CliUsageException($"--{name} must be a whole number, not '{raw}'.");
    }

    /// <summary>Refuses options the command does not know, so a typo is not silently ignored.</summary>
    public void RejectUnknown(params string[] known)
    {
        foreach (var name in OptionNames)
        {
            if (!known.Contains(name))
            {
                throw new CliUsageException($"Unknown option --{name}.");
            }
        }
    }
}
