using System.CommandLine;
using Sluice.Core.Settings;
using Sluice.Core.Storage.Migrations;

namespace Sluice.Cli.Commands;

/// <summary><c>sluice migrate up|down|status|stamp</c> against the configured metadata store.</summary>
internal static class MigrateCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("migrate", "Apply, revert or inspect the metadata store's migrations.")
        {
            Up(context), Down(context), Status(context), Stamp(context),
        };
        command.SetAction(result => UsageError.Report(context.Error, result.CommandResult, "migrate needs a verb: up, down, status or stamp."));
        return command;
    }

    private static Command Up(CliContext context)
    {
        var to = WholeNumbers.Option("--to", "version", "Stop at this version (default: the newest).");
        var command = new Command("up", "Apply pending migrations.") { to };
        command.SetAction(result => Run(context, migrator => migrator.Up(result.GetValue(to))));
        return command;
    }

    private static Command Down(CliContext context)
    {
        var to = WholeNumbers.Option("--to", "version", "Revert migrations newer than this version (0 reverts all).");
        var steps = WholeNumbers.Option("--steps", "n", "Revert the newest n migrations.", minimum: 1);
        var command = new Command("down", "Revert migrations: give exactly one of --to or --steps.") { to, steps };
        command.Validators.Add(result =>
        {
            if ((result.GetResult(to) is null) == (result.GetResult(steps) is null))
            {
                result.AddError("migrate down needs exactly one of --to <version> or --steps <n>.");
            }
        });
        command.SetAction(result => Run(context, migrator =>
        {
            if (result.GetValue(to) is { } version)
            {
                migrator.DownTo(version);
            }
            else
            {
                migrator.Rollback((int)Math.Min(result.GetValue(steps)!.Value, int.MaxValue));
            }
        }));
        return command;
    }

    private static Command Status(CliContext context)
    {
        var command = new Command("status", "Show the current version, pending migrations, and whether at head (exit code 3 when not).");
        command.SetAction(_ => Run(context, null));
        return command;
    }

    private static Command Stamp(CliContext context)
    {
        var version = WholeNumbers.Argument("version", "The version the schema already matches.");
        var command = new Command("stamp", "Record the schema as at a version without running migrations.") { version };
        command.SetAction(result => Run(context, migrator => migrator.Stamp(result.GetValue(version)!.Value)));
        return command;
    }

    /// <summary>Opens the store, applies <paramref name="change"/> (none for status) and prints
    /// the status after it.</summary>
    private static int Run(CliContext context, Action<MetadataMigrator>? change)
    {
        var (store, errors) = SettingsLoader.LoadMetadataStore(context.SettingValues(), context.WorkingDirectory);
        if (store is null)
        {
            return SettingsReport.Refuse(context.Error, errors);
        }
        try
        {
            using var migrator = new MetadataMigrator(store);
            context.Out.WriteLine($"Metadata store: {store.Describe()}");
            if (change is null)
            {
                return PrintStatus(context.Out, migrator.Status());
            }
            change(migrator);
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
