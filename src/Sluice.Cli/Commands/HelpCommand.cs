using System.CommandLine;

namespace Sluice.Cli.Commands;

/// <summary><c>sluice help [command...]</c>: the same text as <c>--help</c>.</summary>
internal static class HelpCommand
{
    public static Command Create()
    {
        var words = new Argument<string[]>("command")
        {
            Description = "The command to explain, e.g. serve or migrate down.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command("help", "Show help for sluice or one of its commands.") { words };
        command.SetAction(result => CliHelp.Show(result, result.GetValue(words) ?? []));
        return command;
    }
}
