using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using MySqlConnector;
using Npgsql;

namespace Sluice.Core.Connectors;

/// <summary>A database's own message for a statement it refused, without what the driver adds
/// (Npgsql's "Include Error Detail" advice, the SQLSTATE prefix), and its code.</summary>
/// <param name="Message">The message, with PostgreSQL's hint when it gives one.</param>
/// <param name="Code">SQLSTATE (PostgreSQL, MariaDB/MySQL), the result code (SQLite) or the error type (DuckDB).</param>
public sealed record DatabaseError(string Message, string? Code)
{
    /// <summary>Reads <paramref name="exception"/>.</summary>
    public static DatabaseError Of(DbException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            PostgresException postgres => new DatabaseError(
                postgres.MessageText + (string.IsNullOrWhiteSpace(postgres.Hint) ? "" : " Hint: " + postgres.Hint), postgres.SqlState),
            MySqlException mysql => new DatabaseError(mysql.Message, mysql.SqlState ?? mysql.ErrorCode.ToString()),
            SqliteException sqlite => new DatabaseError(sqlite.Message.StartsWith("SQLite Error ", StringComparison.Ordinal) && sqlite.Message.IndexOf(": ", StringComparison.Ordinal) is > 0 and var at
                ? sqlite.Message[(at + 2)..]
                : sqlite.Message, sqlite.SqliteExtendedErrorCode.ToString(CultureInfo.InvariantCulture)),
            DuckDbPrepareException duck => new DatabaseError(duck.Message, duck.ErrorType),
            _ => new DatabaseError(exception.Message, exception.SqlState),
        };
    }
}
