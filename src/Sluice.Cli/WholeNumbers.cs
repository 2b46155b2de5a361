using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Sluice.Cli;

/// <summary>Options and arguments that take a whole number (0, 1, 2…), with an error that names
/// the option and the value instead of a .NET type.</summary>
internal static class WholeNumbers
{
    public static Option<long?> Option(string name, string helpName, string description, long minimum = 0) => new(name)
    {
        Description = description,
        HelpName = helpName,
        CustomParser = result => Parse(result, name, minimum),
    };

    public static Argument<long?> Argument(string name, string description) => new(name)
    {
        Description = description,
        Arity = ArgumentArity.ExactlyOne,
        CustomParser = result => Parse(result, $"<{name}>", 0),
    };

    private static long? Parse(ArgumentResult result, string label, long minimum)
    {
        var raw = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
        if (!long.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            result.AddError($"{label} must be a whole number (0, 1, 2…), not '{raw}'.");
            return null;
        }
        if (value < minimum)
        {
            result.AddError($"{label} must be at least {minimum}, not {value}.");
            return null;
        }
        return value;
    }
}
