using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Sluice.Core.Storage;

/// <summary>Opens connections to the metadata store. One instance per process: it owns the
/// PostgreSQL pool.</summary>
public sealed class MetadataDb : IAsyncDisposable
{
    // How long a metadata write waits for another writer (another node, a CLI command).
    private const int BusyTimeoutMs = 10_000;

    private readonly NpgsqlDataSource? _postgres;

    /// <summary>Creates the store for a resolved configuration.</summary>
    public MetadataDb(MetadataStoreConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        Config = config;
        DapperSetup.EnsureConfigured();
        if (config.Provider == MetadataProvider.Postgres)
        {
            _postgres = NpgsqlDataSource.Create(config.ConnectionString);
        }
        else
        {
            Directory.CreateDirectory(Path.GetDirectoryName(config.SqliteFile)!);
        }
    }

    /// <summary>The configuration this store was opened with.</summary>
    public MetadataStoreConfig Config { get; }

    /// <summary>True for PostgreSQL, false for SQLite.</summary>
    public bool IsPostgres => _postgres is not null;

    /// <summary>Opens a pooled connection.</summary>
    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        if (_postgres is not null)
        {
            return await _postgres.OpenConnectionAsync(cancellationToken);
        }
        var connection = new SqliteConnection(Config.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var pragma = connection.CreateCommand();
        // Foreign keys are per connection in SQLite; WAL lets readers run beside a writer; the
        // busy timeout makes a writer wait for another in SQLite itself rather than fail at once.
        pragma.CommandText = $"PRAGMA busy_timeout = {BusyTimeoutMs}; PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    /// <summary>True when <paramref name="exception"/> says a table does not exist (as opposed
    /// to the database being unreachable).</summary>
    public static bool IsUndefinedTable(DbException exception) => exception switch
    {
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UndefinedTable,
        SqliteException sqlite => sqlite.SqliteErrorCode == 1 && sqlite.Message.Contains("no such table", StringComparison.Ordinal),
        _ => false,
    };

    /// <summary>True when <paramref name="exception"/> is a unique-constraint violation.</summary>
    public static bool IsUniqueViolation(DbException exception) => exception switch
    {
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        _ => false,
    };

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }
    }
}
