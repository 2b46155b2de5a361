using Sluice.Core.Settings;
using Sluice.Core.Storage.Migrations;

namespace Sluice.Cli.Commands;

/// <summary><c>sluice migrate up|down|status|stamp</c> against the configured metadata store.</summary>
internal static class MigrateCommand
{
    public static int Run(string[] args, CliContext context)
    {
        var arguments = new CliArguments(args, new HashSet<string>());
        var verb = arguments.Words.Count > 0 ? arguments.Words[0] : throw new CliUsageException("migrate needs a verb: up, down, status or stamp.");
        var (store, errors) = SettingsLoader.LoadMetadataStore(context.SettingValues(), context.WorkingDirectory);
        if (store is null)
        {
            return SettingsReport.Refuse(context.Error, errors);
        }
        try
        {
            using var migrator = new MetadataMigrator(store);
            context.Out.WriteLine($"Metadata store: {store.Describe()}");
            switch (verb)
            {
                case "status":
                    arguments.RejectUnknown();
                    return PrintStatus(context.Out, migrator.Status());
                case "up":
                    arguments.RejectUnknown("to");
                    migrator.Up(arguments.Number("to"));
                    break;
                case "down":
                    arguments.RejectUnknown("to", "steps");
                    Down(migrator, arguments);
                    break;
                case "stamp":
                    arguments.RejectUnknown();
                    migrator.Stamp(StampVersion(arguments));
                    break;
                default:
                    throw new CliUsageException($"Unknown migrate verb '{verb}'; use up, down, status or stamp.");
            }
            PrintStatus(context.Out, migrator.Status());
            return ExitCodes.Ok;
        }
        catch (UnknownMigrationException exception)
        {
            context.Error.WriteLine($"error: {exception.Message}");
            return ExitCodes.Usage;
        }
        catch (Exception exception) when (StoreFailure.IsStoreFailure(exception))
        {
            context.Error.WriteLine(StoreFailure.Describe(store, exception));
            return ExitCodes.Failure;
        }
    }

    private static void Down(MetadataMigrator migrator, CliArguments arguments)
    {
        var to = arguments.Number("to");
        var steps = arguments.Number("steps");
        if ((to is null) == (steps is null))
        {
            throw new CliUsageException("migrate down needs exactly one of --to <version> or --steps <n>.");
        }
        if (to is { } version)
        {
            migrator.DownTo(version);
        }
        else if (steps is > 0 and <= int.MaxValue)
        {
            migrator.Rollback((int)steps.Value);
        }
        else
        {
            throw new CliUsageException("--steps must be at least 1.");
        }
    }

    private static long StampVersion(CliArguments arguments) =>
        arguments.Words.Count == 2 && long.TryParse(arguments.Words[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var version)
            ? version
            : throw new CliUsageException("migrate stamp needs one version number, e.g. sluice migrate stamp 1.");

    private static int PrintStatus(TextWriter output, MigrationStatus status)
    {
        output.WriteLine($"Current version: {status.Current}");
        output.WriteLine($"Head version:    {status.Head}");
        foreach (var step in status.Applied)
        {
            output.WriteLine($"  applied  {step.Version,6}  {step.Description}");
        }
        foreach (var step in status.Pending)
        {
            output.WriteLine($"  pending  {step.Version,6}  {step.Description}");
        }
        foreach (var version in status.Unknown)
        {
            output.WriteLine($"  unknown  {version,6}  (applied by a newer build)");
        }
        output.WriteLine(status.AtHead ? "At head." : $"Not at head: {status.Pending.Count} pending. Run: sluice migrate up");
        return status.AtHead ? ExitCodes.Ok : ExitCodes.NotAtHead;
    }
}
