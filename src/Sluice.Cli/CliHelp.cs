using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Sluice.Cli;

/// <summary>The help text: System.CommandLine's, plus where settings come from and the exit
/// codes under the top-level help.</summary>
internal sealed class CliHelp(HelpAction standard) : SynchronousCommandLineAction
{
    private const string Footer = """
        Settings come from environment variables and ./.env (see the settings table in README.md).
        Exit codes: 0 ok, 1 runtime failure (store unreachable, port in use), 2 bad command line
        or settings, 3 'migrate status' not at head.
        """;

    public override bool ClearsParseErrors => true;

    public static void Configure(RootCommand root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var help = root.Options.OfType<HelpOption>().Single();
        if (help.Action is HelpAction standard)
        {
            help.Action = new CliHelp(standard);
        }
    }

    /// <summary>Shows the help of the command named by <paramref name="words"/> (the top level
    /// when empty).</summary>
    public static int Show(ParseResult result, IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.RootCommandResult.Command.Parse([.. words, "--help"]).Invoke(result.InvocationConfiguration);
    }

    public override int Invoke(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var exitCode = standard.Invoke(parseResult);
        if (parseResult.CommandResult.Command is RootCommand)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(Footer);
        }
        return exitCode;
    }
}
