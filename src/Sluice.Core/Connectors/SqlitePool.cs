using System.Data.Common;
using Sluice.Core.Templates;
using Microsoft.Data.Sqlite;

namespace Sluice.Core.Connectors;

/// <summary>A SQLite file. The file must exist: a typo in the path is an error, not a new
/// empty database. Connections are sandboxed (<see cref="SqliteSandbox"/>) unless the
/// datasource is unrestricted, and a locked file is waited for no longer than the statement
/// may run.</summary>
internal sealed class SqlitePool : EmbeddedPool
{
    private const int SqliteError = 1;
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteAuth = 23;

    private readonly string _connectionString;
    // PRAGMAs the options ask for, run once per native connection before the sandbox closes
    // them (Microsoft.Data.Sqlite would otherwise rerun them on every open, and be refused).
    private readonly string? _setup;

    public SqlitePool(ConnectionSpec spec, ConnectorLimits limits) : base(spec, limits) =>
        (_connectionString, _setup) = Build(spec, FileCheck.Path ?? "", Sandboxed);

    protected override DbConnection NewConnection(string path) => new SqliteConnection(_connectionString);

    protected override void Prepare(DbConnection connection)
    {
        var handle = ((SqliteConnection)connection).Handle!;
        if (Sandboxed && SqliteSandbox.Of(handle) is null)
        {
            if (_setup is not null)
            {
                using var pragma = connection.CreateCommand();
                pragma.CommandText = _setup;
                pragma.ExecuteNonQuery();
            }
            SqliteSandbox.Install(handle);
        }
        WaitForLocks(handle, Limits.StatementTimeout);
    }

    // Microsoft.Data.Sqlite retries a busy statement until its command timeout, forever when that
    // is 0; with 1 s it gives up as soon as SQLite's own wait (the busy timeout) has run out.
    protected override int CommandTimeoutSeconds => 1;

    // SQLite checks the token only between steps; sqlite3_interrupt stops a running statement,
    // and the busy timeout bounds a wait for another process's lock, which no interrupt ends.
    // SQLite forgets an interrupt that arrives while no statement runs (a cancel between the
    // driver's own check and sqlite3_step), so a progress handler also asks the token every
    // few thousand virtual-machine steps: no cancel can be missed.
    public override IDisposable? InterruptOnCancel(DbConnection connection, TimeSpan statementTimeout, CancellationToken cancellationToken)
    {
        var handle = ((SqliteConnection)connection).Handle!;
        WaitForLocks(handle, statementTimeout);
        if (!cancellationToken.CanBeCanceled)
        {
            return null;
        }
        SQLitePCL.raw.sqlite3_progress_handler(handle, ProgressSteps, StopWhenCancelled, cancellationToken);
        return new CancelWatch(handle, cancellationToken.Register(static state => SQLitePCL.raw.sqlite3_interrupt((SQLitePCL.sqlite3)state!), handle));
    }

    private const int ProgressSteps = 4096;

    private static readonly SQLitePCL.delegate_progress StopWhenCancelled = static token => ((CancellationToken)token).IsCancellationRequested ? 1 : 0;

    private sealed class CancelWatch(SQLitePCL.sqlite3 handle, CancellationTokenRegistration registration) : IDisposable
    {
        public void Dispose()
        {
            registration.Dispose();
            // The pooled connection serves other requests next: their tokens are not this one.
            SQLitePCL.raw.sqlite3_progress_handler(handle, 0, null, null);
        }
    }

    /// <summary>sqlite3_prepare_v2 without a step: SQLite compiles the statement (through the
    /// sandbox's authorizer, as the gateway would) and names its columns with their declared
    /// types, and nothing runs.</summary>
    public override ValueTask<StatementDescription> DescribeStatementAsync(DbConnection connection, BoundStatement statement,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var handle = ((SqliteConnection)connection).Handle!;
        var rc = SQLitePCL.raw.sqlite3_prepare_v2(handle, statement.Sql, out var prepared, out _);
        using (prepared)
        {
            if (rc != SQLitePCL.raw.SQLITE_OK)
            {
                throw new SqliteException(SQLitePCL.raw.sqlite3_errmsg(handle).utf8_to_string(), rc, SQLitePCL.raw.sqlite3_extended_errcode(handle));
            }
            var columns = new ResultColumn[prepared is null ? 0 : SQLitePCL.raw.sqlite3_column_count(prepared)];
            for (var i = 0; i < columns.Length; i++)
            {
                var declared = SQLitePCL.raw.sqlite3_column_decltype(prepared, i).utf8_to_string();
                columns[i] = new ResultColumn(SQLitePCL.raw.sqlite3_column_name(prepared, i).utf8_to_string() ?? "", declared ?? "",
                    NullableOf(handle, prepared!, i), ClrTypeOf(declared));
            }
            return ValueTask.FromResult(new StatementDescription(columns));
        }
    }

    // A column read straight from a table is NOT NULL when the table says so; an expression, unknown.
    private static bool? NullableOf(SQLitePCL.sqlite3 handle, SQLitePCL.sqlite3_stmt prepared, int index)
    {
        var table = SQLitePCL.raw.sqlite3_column_table_name(prepared, index).utf8_to_string();
        var column = SQLitePCL.raw.sqlite3_column_origin_name(prepared, index).utf8_to_string();
        if (table is null || column is null)
        {
            return null;
        }
        var database = SQLitePCL.raw.sqlite3_column_database_name(prepared, index).utf8_to_string();
        return SQLitePCL.raw.sqlite3_table_column_metadata(handle, database, table, column, out _, out _, out var notNull, out var primaryKey, out _) == SQLitePCL.raw.SQLITE_OK
            ? notNull == 0 && primaryKey == 0
            : null;
    }

    // What a declared type reads as, by SQLite's affinity rules (section 3.1 of "Datatypes In SQLite").
    private static Type? ClrTypeOf(string? declared)
    {
        if (string.IsNullOrWhiteSpace(declared))
        {
            return null;
        }
        var type = declared.ToUpperInvariant();
        return type.Contains("INT", StringComparison.Ordinal) ? typeof(long)
            : type.Contains("CHAR", StringComparison.Ordinal) || type.Contains("CLOB", StringComparison.Ordinal) || type.Contains("TEXT", StringComparison.Ordinal) ? typeof(string)
            : type.Contains("BLOB", StringComparison.Ordinal) ? typeof(byte[])
            : type.Contains("DATE", StringComparison.Ordinal) || type.Contains("TIME", StringComparison.Ordinal) ? typeof(string)
            : typeof(double);
    }

    /// <summary>True when SQLite gave up because another connection or process holds the file's
    /// lock (SQLITE_BUSY, SQLITE_LOCKED), for datasources and the metadata store alike.</summary>
    internal static bool IsLocked(Exception exception) => exception is SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked };

    public override StatementFailure Describe(DbConnection? connection, DbException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            // SQLITE_AUTH for a refused statement, "not authorized to use function" for a function.
            SqliteException sqlite when sqlite.SqliteErrorCode == SqliteAuth
                || (sqlite.SqliteErrorCode == SqliteError && sqlite.Message.Contains("not authorized", StringComparison.Ordinal)) => new StatementFailure(StatementFailureKind.Refused,
                SqliteSandbox.Of((connection as SqliteConnection)?.Handle)?.LastRefusal
                ?? "The statement is not allowed on a sandboxed SQLite datasource (no ATTACH, DETACH, VACUUM, load_extension or PRAGMA changes)."),
            _ => base.Describe(connection, exception),
        };
    }

    protected override object ToDbValue(object? value) => value switch
    {
        DateOnly date => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        _ => base.ToDbValue(value),
    };

    private static void WaitForLocks(SQLitePCL.sqlite3 handle, TimeSpan timeout) =>
        SQLitePCL.raw.sqlite3_busy_timeout(handle, (int)Math.Clamp(timeout.TotalMilliseconds, 1, int.MaxValue));

    private static (string ConnectionString, string? Setup) Build(ConnectionSpec spec, string path, bool sandboxed)
    {
        var builder = new SqliteConnectionStringBuilder();
        foreach (var (key, value) in spec.DriverOptions)
        {
            builder[key] = value;
        }
        builder.DataSource = path;
        builder.Mode = builder.Mode == SqliteOpenMode.ReadOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWrite;
        builder.Pooling = true;
        // Commands Microsoft.Data.Sqlite makes itself (BEGIN, COMMIT) stop retrying like ours.
        builder.DefaultTimeout = 1;
        string? setup = null;
        if (sandboxed && (builder.ForeignKeys is not null || builder.RecursiveTriggers))
        {
            setup = (builder.ForeignKeys is { } foreignKeys ? $"PRAGMA foreign_keys = {(foreignKeys ? 1 : 0)};" : "")
                + (builder.RecursiveTriggers ? "PRAGMA recursive_triggers = 1;" : "");
            builder.ForeignKeys = null;
            builder.RecursiveTriggers = false;
        }
        return (builder.ToString(), setup);
    }
}
