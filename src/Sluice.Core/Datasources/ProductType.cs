namespace Sluice.Core.Datasources;

/// <summary>The database engines a datasource can be.</summary>
public enum ProductType
{
    /// <summary>PostgreSQL.</summary>
    Postgres,
    /// <summary>MySQL, MariaDB and MySQL-protocol engines such as StarRocks.</summary>
    MySql,
    /// <summary>A SQLite file.</summary>
    Sqlite,
    /// <summary>A DuckDB file.</summary>
    DuckDb,
}
