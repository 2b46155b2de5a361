namespace Sluice.Core.Storage;

/// <summary>Where the metadata store lives, resolved from <c>DATABASE_URL</c> or the
/// <c>POSTGRES_*</c> settings.</summary>
/// <param name="Provider">The engine.</param>
/// <param name="ConnectionString">An ADO.NET connection string for that engine's driver.</param>
/// <param name="SqliteFile">For SQLite, the full path of the database file.</param>
public sealed record MetadataStoreConfig(MetadataProvider Provider, string ConnectionString, string? SqliteFile)
{
    /// <summary>The component name health checks report: <c>sqlite</c> or <c>postgres</c>.</summary>
    public string ComponentName => Provider == MetadataProvider.Sqlite ? "sqlite" : "postgres";

    /// <summary>Shown to operators; never contains a password.</summary>
    public string Describe() => Provider == MetadataProvider.Sqlite
        ? $"sqlite {SqliteFile}"
        : DatabaseUrl.DescribePostgres(ConnectionString);
}
