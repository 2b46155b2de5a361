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
    private static readonly HashSet<string> Flags = ["no-migrate", "demo"];

    public static async Task<int> RunAsync(string[] args, CliContext context)
    {
        var arguments = new CliArguments(args, Flags);
        arguments.RejectUnknown("urls", "no-migrate", "demo");
        if (arguments.Words.Count > 0)
        {
            throw new CliUsageException($"serve takes no argument '{arguments.Words[0]}'.");
        }
        var result = SettingsLoader.Load(context.SettingValues(), context.WorkingDirectory);
        SettingsReport.Warn(context.Error, result.Warnings);
        if (result.Settings is null)
        {
            return SettingsReport.Refuse(context.Error, result.Errors);
        }
        var settings = result.Settings.IsLocal ? LocalKeys.Complete(result.Settings) : result.Settings;
        var options = new ServeOptions
        {
            Urls = (arguments.Option("urls") ?? "http://127.0.0.1:8080").Split(';', ',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            ApplyMigrations = !arguments.Flag("no-migrate"),
            Demo = arguments.Flag("demo"),
        };
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
