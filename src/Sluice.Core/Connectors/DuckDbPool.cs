using System.Data.Common;
using DuckDB.NET.Data;
using Sluice.Core.Templates;

namespace Sluice.Core.Connectors;

/// <summary>A DuckDB file, shared by this process's connections. Sandboxed unless the
/// datasource is unrestricted: no file but its own (no read_csv, COPY TO, ATTACH, EXPORT), no
/// extension installed or loaded, and the configuration locked so a template cannot undo it.
/// The settings are given when the database is opened, before any statement runs.</summary>
internal sealed class DuckDbPool : EmbeddedPool
{
    private static readonly KeyValuePair<string, string>[] SandboxSettings =
    [
        new("enable_external_access", "false"),
        new("autoinstall_known_extensions", "false"),
        new("autoload_known_extensions", "false"),
        new("allow_community_extensions", "false"),
        new("lock_configuration", "true"),
    ];

    private readonly string _connectionString;

    public DuckDbPool(ConnectionSpec spec, ConnectorLimits limits) : base(spec, limits)
    {
        // Built through the generic builder so a path with ';' or '=' stays one value.
        var builder = new DbConnectionStringBuilder { ["Data Source"] = FileCheck.Path ?? "" };
        foreach (var (key, value) in Sandboxed ? SandboxSettings : [])
        {
            builder[key] = value;
        }
        _connectionString = builder.ConnectionString;
    }

    protected override DbConnection NewConnection(string path) => new DuckDBConnection(_connectionString);

    // DuckDB.NET's readers report -1 affected rows for DML.
    public override bool CountsRowsOnlyWithNonQuery => true;

    /// <summary>duckdb_prepare on the pool's sandboxed connection: DuckDB binds and plans the
    /// statement, with the same refusals as the gateway, and nothing runs.</summary>
    public override ValueTask<StatementDescription> DescribeStatementAsync(DbConnection connection, BoundStatement statement,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(statement);
        return ValueTask.FromResult(new StatementDescription(DuckDbPreparedStatements.Describe((DuckDBConnection)connection, statement.Sql)));
    }

    public override StatementFailure Describe(DbConnection? connection, DbException exception) => exception switch
    {
        _ when Sandboxed && (exception is DuckDBException { ErrorType: DuckDB.NET.Native.DuckDBErrorType.Permission }
            || (exception is DuckDBException or DuckDbPrepareException && (exception.Message.StartsWith("Permission Error", StringComparison.Ordinal)
            || exception.Message.Contains("configuration has been locked", StringComparison.Ordinal)))) =>
            new StatementFailure(StatementFailureKind.Refused, "Not allowed on a sandboxed DuckDB datasource (only its own file is reachable; no other files, extensions or setting changes): " + exception.Message),
        _ => base.Describe(connection, exception),
    };

    protected override object ToDbValue(object? value) => value switch
    {
        DateTimeOffset offset => offset.UtcDateTime,
        // DuckDB.NET passes text as a C string, which would silently end at the first NUL.
        string text when text.Contains('\0', StringComparison.Ordinal) =>
            throw new StatementRefusedException("A value contains a NUL character (\\u0000), which DuckDB cannot receive as text. Remove it from the value."),
        _ => base.ToDbValue(value),
    };
}
