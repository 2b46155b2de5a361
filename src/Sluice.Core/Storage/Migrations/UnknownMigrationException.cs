namespace Sluice.Core.Storage.Migrations;

/// <summary>A version was asked for that this build does not ship.</summary>
public sealed class UnknownMigrationException : Exception
{
    /// <summary>Creates the exception for <paramref name="version"/>.</summary>
    public UnknownMigrationException(long version)
        : base($"There is no migration {version}; known versions: 0 (empty), {string.Join(", ", MigrationCatalog.All.Select(step => step.Version))}.")
    {
        Version = version;
    }

    /// <summary>The requested version.</summary>
    public long Version { get; }
}
