using System.Data.Common;
using DuckDB.NET.Data;
using Microsoft.Data.Sqlite;
using MySqlConnector;
using Npgsql;

namespace Sluice.Core.Connectors;

/// <summary>Explains a database error by what it means (integrity, invalid input, broken query,
/// lock contention, timeout), the same way on every engine. Runs only when a statement failed.</summary>
public static class DatabaseErrors
{
    /// <summary>The failure for a driver's exception; <see cref="StatementFailureKind.Query"/>
    /// with the database's message when no table maps it.</summary>
    public static StatementFailure Describe(DbException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            PostgresException postgres => PostgresErrors.Describe(postgres),
            MySqlException mysql => MySqlErrors.Describe(mysql),
            SqliteException sqlite => SqliteErrors.Describe(sqlite),
            DuckDBException duck => DuckDbErrors.Describe(duck),
            _ => new StatementFailure(StatementFailureKind.Query, exception.Message) { DatabaseMessage = exception.Message },
        };
    }
}
