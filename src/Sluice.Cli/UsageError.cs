using System.CommandLine.Parsing;

namespace Sluice.Cli;

/// <summary>Reports a wrong command line: one line naming what was wrong and where the usage
/// is, no stack trace, exit code 2.</summary>
internal static class UsageError
{
    public static int Report(TextWriter error, CommandResult command, string message)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(command);
        error.WriteLine($"error: {message} Run '{CommandPath(command)} --help' for usage.");
        return ExitCodes.Usage;
    }

    /// <summary>The words that reach <paramref name="command"/>, e.g. <c>sluice migrate down</c>.</summary>
    private static string CommandPath(CommandResult command)
    {
        var words = new List<string>();
        for (SymbolResult? at = command; at is CommandResult result; at = at.Parent)
        {
            words.Add(result.Parent is null ? SluiceCli.Name : result.Command.Name);
        }
        words.Reverse();
        return string.Join(' ', words);
    }
}
