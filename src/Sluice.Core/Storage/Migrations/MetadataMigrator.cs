using FluentMigrator.Runner;
using Microsoft.Extensions.DependencyInjection;

namespace Sluice.Core.Storage.Migrations;

/// <summary>Applies, reverts, inspects and stamps the metadata schema on SQLite or
/// PostgreSQL with the same migrations.</summary>
public sealed class MetadataMigrator : IDisposable
{
    private readonly ServiceProvider _services;
    private readonly IMigrationRunner _runner;
    private readonly IVersionLoader _versions;

    /// <summary>Prepares a runner for the given store; opens no connection yet.</summary>
    public MetadataMigrator(MetadataStoreConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        if (config.SqliteFile is { } file)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        }
        _services = new ServiceCollection()
            .AddFluentMigratorCore()
            .ConfigureRunner(runner =>
            {
                if (config.Provider == MetadataProvider.Postgres)
                {
                    runner.AddPostgres();
                }
                else
                {
                    runner.AddSQLite();
                }
                runner.WithGlobalConnectionString(config.ConnectionString)
                    .WithVersionTable(new VersionTable())
                    .ScanIn(typeof(MetadataMigrator).Assembly).For.Migrations();
            })
            .BuildServiceProvider(validateScopes: false);
        _runner = _services.GetRequiredService<IMigrationRunner>();
        _versions = _services.GetRequiredService<IVersionLoader>();
    }

    /// <summary>Where the store stands.</summary>
    public MigrationStatus Status()
    {
        _versions.LoadVersionInfo();
        return MigrationCatalog.Compare(_versions.VersionInfo.AppliedMigrations().ToArray());
    }

    /// <summary>Applies every pending migration, or those up to <paramref name="target"/>.</summary>
    public void Up(long? target = null)
    {
        if (target is { } version)
        {
            _runner.MigrateUp(RequireKnown(version));
        }
        else
        {
            _runner.MigrateUp();
        }
    }

    /// <summary>Reverts migrations newer than <paramref name="version"/> (0 reverts all).</summary>
    public void DownTo(long version) => _runner.MigrateDown(RequireKnown(version));

    /// <summary>Reverts the newest <paramref name="steps"/> applied migrations.</summary>
    public void Rollback(int steps)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(steps);
        _runner.Rollback(steps);
    }

    /// <summary>Records the store as being at <paramref name="version"/> without running any
    /// migration: for a schema that was created or repaired by hand.</summary>
    public void Stamp(long version)
    {
        RequireKnown(version);
        var status = Status();
        foreach (var step in status.Pending.Where(step => step.Version <= version))
        {
            _versions.UpdateVersionInfo(step.Version, step.Description);
        }
        foreach (var step in status.Applied.Where(step => step.Version > version))
        {
            _versions.DeleteVersion(step.Version);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _services.Dispose();

    private static long RequireKnown(long version) =>
        version == 0 || MigrationCatalog.All.Any(step => step.Version == version)
            ? version
            : throw new UnknownMigrationException(version);
}
