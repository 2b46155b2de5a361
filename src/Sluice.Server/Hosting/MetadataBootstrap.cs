using System.Data.Common;
using Microsoft.Extensions.Logging;
using Sluice.Core.Settings;
using Sluice.Core.Storage;
using Sluice.Core.Storage.Migrations;
using Sluice.Core.Users;

namespace Sluice.Server.Hosting;

/// <summary>Startup work on the metadata store: migrations, then the first superuser.</summary>
internal sealed class MetadataBootstrap(SluiceSettings settings, MetadataDb db, UserStore users, Gateway.GatewaySnapshots snapshots, Demo.DemoSeed demo,
    ILogger<MetadataBootstrap> logger)
{
    public async Task RunAsync(bool applyMigrations, bool withDemo, CancellationToken cancellationToken)
    {
        var store = settings.MetadataStore.Describe();
        Log.MetadataStore(logger, store);
        var status = await AppliedMigrations.ReadAsync(db, cancellationToken);
        if (applyMigrations && !status.AtHead)
        {
            using var migrator = new MetadataMigrator(settings.MetadataStore);
            migrator.Up();
            var pending = status.Pending.Count;
            status = migrator.Status();
            Log.MigrationsApplied(logger, pending, status.Current);
        }
        if (!status.AtHead)
        {
            Log.MigrationsPending(logger, status.Current, status.Head);
        }
        if (status.Applied.Count > 0)
        {
            await EnsureFirstSuperuserAsync(cancellationToken);
        }
        if (status.AtHead && withDemo)
        {
            var admin = await users.FindByUsernameAsync(settings.FirstSuperuser, cancellationToken);
            await demo.EnsureAsync(admin?.Id, cancellationToken);
        }
        if (status.AtHead)
        {
            // The first snapshot loads before the server listens, so the first request is served.
            await snapshots.RefreshAsync(cancellationToken, force: true);
        }
    }

    private async Task EnsureFirstSuperuserAsync(CancellationToken cancellationToken)
    {
        if (await users.FindByUsernameAsync(settings.FirstSuperuser, cancellationToken) is not null)
        {
            return;
        }
        try
        {
            await users.CreateAsync(new NewUser(settings.FirstSuperuser, settings.FirstSuperuserPassword, IsSuperuser: true), cancellationToken);
            Log.FirstSuperuserCreated(logger, settings.FirstSuperuser);
        }
        catch (DbException)
        {
            // Another node may have created it at the same moment; anything else is real.
            if (await users.FindByUsernameAsync(settings.FirstSuperuser, cancellationToken) is null)
            {
                throw;
            }
        }
    }
}
