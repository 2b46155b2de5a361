using System.CommandLine;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Sluice.Core.Settings;
using Sluice.Server.Hosting;

namespace Sluice.Cli.Commands;

/// <summary><c>sluice serve</c>: validate settings, prepare the store, listen until stopped.</summary>
internal static class ServeCommand
{
    public static Command Create(CliContext context)
    {
        var urls = ListenUrls.CreateOption();
        var noMigrate = new Option<bool>("--no-migrate")
        {
            Description = "Do not apply pending migrations (health reports migrations_not_at_head until 'sluice migrate up').",
        };
        var demo = new Option<bool>("--demo") { Description = "Add a demo SQLite datasource and published APIs if missing." };
        var command = new Command("serve", "Run the server (applies pending migrations first unless --no-migrate).") { urls, noMigrate, demo };
        command.SetAction((result, _) => RunAsync(context, new ServeOptions
        {
            Urls = result.GetRequiredValue(urls),
            ApplyMigrations = !result.GetValue(noMigrate),
            Demo = result.GetValue(demo),
        }));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, ServeOptions options)
    {
        var result = SettingsLoader.Load(context.SettingValues(), context.WorkingDirectory);
        SettingsReport.Warn(context.Error, result.Warnings);
        if (result.Settings is null)
        {
            return SettingsReport.Refuse(context.Error, result.Errors);
        }
        var settings = result.Settings.IsLocal ? LocalKeys.Complete(result.Settings) : result.Settings;
        options = context.AdjustServe?.Invoke(options) ?? options;

        await using var app = SluiceServer.Build(settings, options);
        try
        {
            await SluiceServer.PrepareAsync(app, options, context.Stopping);
        }
        catch (Exception exception) when (StoreFailure.IsStoreFailure(exception))
        {
            await context.Error.WriteLineAsync(StoreFailure.Describe(settings.MetadataStore, exception));
            return ExitCodes.Failure;
        }
        try
        {
            await app.StartAsync(context.Stopping);
        }
        catch (IOException exception) when (exception.InnerException is SocketException or Microsoft.AspNetCore.Connections.AddressInUseException
                                             || exception.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
        {
            await context.Error.WriteLineAsync(
                $"Cannot listen on {string.Join(", ", options.Urls)}: the address is already in use. " +
                "Stop the other process (find it with: ss -ltnp) or pass another address, e.g. --urls http://127.0.0.1:8081");
            return ExitCodes.Failure;
        }
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        await context.Out.WriteLineAsync($"Sluice is listening on {string.Join(", ", addresses)} (metadata: {settings.MetadataStore.Describe()}).");
        if (settings.IsLocal)
        {
            await context.Out.WriteLineAsync($"Log in as '{settings.FirstSuperuser}' (FIRST_SUPERUSER); API docs at {addresses.FirstOrDefault()}/api/v1/docs");
        }
        context.Started?.Invoke([.. addresses]);
        await app.WaitForShutdownAsync(context.Stopping);
        return ExitCodes.Ok;
    }
}
