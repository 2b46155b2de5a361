using System.Net.Sockets;
using DuckDB.NET.Data;
using Microsoft.Data.Sqlite;
using MySqlConnector;
using Npgsql;

namespace Sluice.Core.Connectors;

/// <summary>Tells a database that cannot be reached (refused, stopped, restarting, connection
/// lost) from a statement the database rejected, and says which in words an operator can act on,
/// without the driver's internal message.</summary>
public static class Unreachability
{
    /// <summary>Why the database behind <paramref name="exception"/> is unreachable, e.g.
    /// "connection refused"; null when the exception is not about reaching the database. The
    /// innermost cause that says something wins ("connection refused" over "connection lost").</summary>
    public static string? ReasonFor(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        string? reason = null;
        var fromDriver = false;
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            // An I/O error says "connection lost" only under a driver's exception: on its own it is
            // anything else's (a request body cut short, a bad request).
            reason = (current is IOException && !fromDriver ? null : Reason(current)) ?? reason;
            fromDriver |= current is System.Data.Common.DbException;
        }
        return reason;
    }

    private static string? Reason(Exception exception) => exception switch
    {
        SocketException socket => socket.SocketErrorCode switch
        {
            SocketError.ConnectionRefused => "connection refused",
            SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain => "host not found",
            SocketError.TimedOut => "no answer from the host",
            SocketError.HostUnreachable or SocketError.NetworkUnreachable => "host unreachable",
            _ => "connection lost",
        },
        PostgresException postgres => PostgresReason(postgres.SqlState),
        // Npgsql's own failures (not the server's) are the connection's: it broke, or none came in time.
        NpgsqlException { InnerException: TimeoutException } => "no connection within the connect timeout",
        NpgsqlException => "connection lost",
        MySqlException mysql => MySqlReason(mysql.ErrorCode),
        SqliteException sqlite => sqlite.SqliteErrorCode switch
        {
            SqliteCantOpen => "cannot open the database file",
            SqliteNotADatabase => "the file is not a database",
            _ => null,
        },
        DuckDBException duck => DuckDbReason(duck.Message),
        IOException => "connection lost",
        _ => null,
    };

    private const int SqliteCantOpen = 14;
    private const int SqliteNotADatabase = 26;

    private static string? PostgresReason(string sqlState) => sqlState switch
    {
        PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification => "authentication failed",
        PostgresErrorCodes.InvalidCatalogName => "unknown database",
        PostgresErrorCodes.CannotConnectNow => "the database is starting up or shutting down",
        PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown => "the database is shutting down",
        PostgresErrorCodes.TooManyConnections => "the database has no free connections",
        _ when sqlState.StartsWith("08", StringComparison.Ordinal) => "connection lost",
        _ => null,
    };

    private static string? MySqlReason(MySqlErrorCode code) => code switch
    {
        MySqlErrorCode.UnableToConnectToHost => "cannot connect to the host",
        MySqlErrorCode.AccessDenied => "authentication failed",
        MySqlErrorCode.DatabaseAccessDenied => "access to the database denied",
        MySqlErrorCode.UnknownDatabase => "unknown database",
        MySqlErrorCode.ServerShutdown => "the database is shutting down",
        MySqlErrorCode.ConnectionCountError => "the database has no free connections",
        _ => null,
    };

    // DuckDB reports a file it cannot open (a missing folder, no permission) or one another
    // process holds as an IO error when the database is opened.
    private static string? DuckDbReason(string message) =>
        message.Contains("Could not set lock on file", StringComparison.Ordinal) ? "the file is locked by another process"
        : message.Contains("Cannot open", StringComparison.OrdinalIgnoreCase) ? "cannot open the database file"
        : null;
}
