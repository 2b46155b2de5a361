using Sluice.Cli.Commands;

namespace Sluice.Cli;

/// <summary>The <c>sluice</c> command line: server, migrations and operator verbs.</summary>
internal static class SluiceCli
{
    public const string Usage = """
        Usage: sluice <command> [options]

        Commands:
          serve [--urls http://127.0.0.1:8080] [--no-migrate] [--demo]
                                  Run the server (applies pending migrations unless --no-migrate;
                                  --demo adds a demo datasource and published APIs if missing).
          migrate up [--to <version>]
                                  Apply pending migrations.
          migrate down --to <version> | --steps <n>
                                  Revert migrations (--to 0 reverts all).
          migrate status          Show the current version, pending migrations, and whether at head.
          migrate stamp <version> Record the schema as at <version> without running migrations.
          help                    Show this text.

        Settings come from environment variables and ./.env (see README).
        """;

    public static async Task<int> RunAsync(string[] args, CliContext context)
    {
        try
        {
            return args.FirstOrDefault() switch
            {
                "serve" => await ServeCommand.RunAsync(args[1..], context),
                "migrate" => MigrateCommand.Run(args[1..], context),
                null or "help" or "--help" or "-h" => Help(context),
                var other => throw new CliUsageException($"Unknown command '{other}'."),
            };
        }
        catch (CliUsageException exception)
        {
            await context.Error.WriteLineAsync($"error: {exception.Message}\n\n{Usage}");
            return ExitCodes.Usage;
        }
    }

    private static int Help(CliContext context)
    {
        context.Out.WriteLine(Usage);
        return ExitCodes.Ok;
    }
}
