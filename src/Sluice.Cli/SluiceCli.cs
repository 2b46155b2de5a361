using System.CommandLine;
using System.CommandLine.Invocation;
using Sluice.Cli.Commands;

namespace Sluice.Cli;

/// <summary>The <c>sluice</c> command line: server, migrations and operator verbs. Each verb is
/// one file under <c>Commands/</c> that builds its <see cref="Command"/>; this class lists them,
/// parses, reports a bad command line as one line with exit code 2, and runs the verb.</summary>
internal static class SluiceCli
{
    public const string Name = "sluice";

    private static readonly ParserConfiguration Parsing = new()
    {
        // An argument starting with '@' is a value, never a file to read arguments from.
        ResponseFileTokenReplacer = null,
    };

    public static async Task<int> RunAsync(string[] args, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var root = CreateRoot(context);
        var result = root.Parse(args, Parsing);
        if (result.Action is ParseErrorAction)
        {
            // The first problem is enough to act on; the rest usually follow from it (an unknown
            // option's value is an unknown argument too).
            return UsageError.Report(context.Error, result.CommandResult, result.Errors[0].Message);
        }
        var invocation = new InvocationConfiguration
        {
            Output = context.Out,
            Error = context.Error,
            // serve's host handles Ctrl+C and SIGTERM itself, shutting down gracefully.
            ProcessTerminationTimeout = null,
            EnableDefaultExceptionHandler = false,
        };
        return await result.InvokeAsync(invocation, context.Stopping);
    }

    /// <summary>The whole command tree; a new verb adds its line here.</summary>
    public static RootCommand CreateRoot(CliContext context)
    {
        var root = new RootCommand("Sluice publishes SQL queries as secured, rate-limited REST APIs.")
        {
            HelpName = Name,
        };
        root.Subcommands.Add(ServeCommand.Create(context));
        root.Subcommands.Add(MigrateCommand.Create(context));
        root.Subcommands.Add(HelpCommand.Create());
        CliHelp.Configure(root);
        ProductVersion.Configure(root);
        root.SetAction(result => CliHelp.Show(result, []));
        return root;
    }
}
