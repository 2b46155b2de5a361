namespace Sluice.Core.Storage;

/// <summary>The database engine that holds Sluice's own metadata.</summary>
public enum MetadataProvider
{
    /// <summary>An embedded SQLite file: the zero-setup default.</summary>
    Sqlite,
    /// <summary>PostgreSQL: for several nodes sharing one metadata store.</summary>
    Postgres,
}
