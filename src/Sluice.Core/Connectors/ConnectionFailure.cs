using DuckDB.NET.Data;
using Microsoft.Data.Sqlite;
using MySqlConnector;
using Npgsql;

namespace Sluice.Core.Connectors;

/// <summary>Says why opening a connection failed, in words an operator can act on ("authentication
/// failed for user 'app'", "unknown database 'shop'", "connection refused"), never a driver's type
/// name. Login-time rejections are told apart here; a lost or refused connection is
/// <see cref="Unreachability"/>'s reason.</summary>
public static class ConnectionFailure
{
    private const int SqliteCantOpen = 14;
    private const int SqliteNotADatabase = 26;
    private const string CannotOpenFile = "cannot open the database file (its folder does not exist, or it is not readable)";
    // DuckDB.NET prefixes open failures with its native call's name.
    private const string DuckDbOpenPrefix = "DuckDBOpen failed: ";

    /// <summary>The reason <paramref name="exception"/>, thrown while connecting to
    /// <paramref name="spec"/>, gives.</summary>
    public static string ReasonFor(Exception exception, ConnectionSpec spec)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(spec);
        return Rejection(exception, spec) ?? Unreachability.ReasonFor(exception) ?? exception switch
        {
            OperationCanceledException => "timed out",
            PostgresException postgres => postgres.MessageText,
            DuckDBException duck when duck.Message.StartsWith(DuckDbOpenPrefix, StringComparison.Ordinal) => duck.Message[DuckDbOpenPrefix.Length..],
            _ => exception.Message,
        };
    }

    private static string? Rejection(Exception exception, ConnectionSpec spec) => exception switch
    {
        PostgresException { SqlState: PostgresErrorCodes.InvalidPassword } => Authentication(spec),
        PostgresException { SqlState: PostgresErrorCodes.InvalidAuthorizationSpecification } postgres => $"{Authentication(spec)}: {postgres.MessageText}",
        PostgresException { SqlState: PostgresErrorCodes.InvalidCatalogName } => UnknownDatabase(spec),
        // Npgsql's own refusal when the server asks for a password and none was given.
        NpgsqlException { InnerException: null } npgsql when spec.Password is null or "" && npgsql.Message.Contains("password", StringComparison.OrdinalIgnoreCase) =>
            $"{Authentication(spec)}: no password is set",
        MySqlException { ErrorCode: MySqlErrorCode.AccessDenied } => Authentication(spec),
        MySqlException { ErrorCode: MySqlErrorCode.DatabaseAccessDenied } => $"user '{spec.Username}' may not use database '{spec.Database}'",
        MySqlException { ErrorCode: MySqlErrorCode.UnknownDatabase } => UnknownDatabase(spec),
        SqliteException { SqliteErrorCode: SqliteCantOpen } => CannotOpenFile,
        DuckDBException duck when duck.Message.Contains("Cannot open", StringComparison.OrdinalIgnoreCase) => CannotOpenFile,
        SqliteException { SqliteErrorCode: SqliteNotADatabase } => "the file is not a SQLite database",
        _ => null,
    };

    private static string Authentication(ConnectionSpec spec) => $"authentication failed for user '{spec.Username}'";

    private static string UnknownDatabase(ConnectionSpec spec) => $"unknown database '{spec.Database}'";
}
