namespace Sluice.Core.Templates;

/// <summary>How a database spells bind-parameter placeholders.</summary>
public enum SqlDialect
{
    /// <summary>PostgreSQL (Npgsql): positional <c>$1, $2</c> with unnamed parameters.</summary>
    Postgres,
    /// <summary>MySQL, MariaDB and MySQL-protocol engines (MySqlConnector): positional <c>?</c>.</summary>
    MySql,
    /// <summary>SQLite (Microsoft.Data.Sqlite): named <c>@p0, @p1</c>.</summary>
    Sqlite,
    /// <summary>DuckDB (DuckDB.NET): positional <c>$1, $2</c> with unnamed parameters.</summary>
    DuckDb,
}
