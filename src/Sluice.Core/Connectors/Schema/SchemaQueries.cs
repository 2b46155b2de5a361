using Sluice.Core.Datasources;

namespace Sluice.Core.Connectors.Schema;

/// <summary>One catalog query per engine, each answering a row per column of every table and
/// view the account sees: schema, table, kind (<c>table</c>|<c>view</c>), column, type,
/// nullable, ordinal, position in the primary key (null when not in it). One query, however
/// many tables, so a large schema stays one round trip.</summary>
internal static class SchemaQueries
{
    // pg_catalog rather than information_schema: one join, materialized views included, and the
    // primary key read from the index instead of per-table constraint views. Partitions are left
    // out (their parent is listed); so are tables the account cannot select from.
    private const string Postgres = """
        SELECT n.nspname, c.relname, CASE WHEN c.relkind IN ('v', 'm') THEN 'view' ELSE 'table' END,
               a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod), NOT a.attnotnull, a.attnum,
               pg_catalog.array_position(i.indkey::int2[], a.attnum)
        FROM pg_catalog.pg_class c
        JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
        JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
        LEFT JOIN pg_catalog.pg_index i ON i.indrelid = c.oid AND i.indisprimary
        WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND NOT c.relispartition
          AND n.nspname NOT IN ('pg_catalog', 'information_schema')
          AND n.nspname NOT LIKE 'pg\_toast%' AND n.nspname NOT LIKE 'pg\_temp\_%'
          AND pg_catalog.has_any_column_privilege(c.oid, 'SELECT')
        """;

    // The connection's database only; every join is pinned to it so the server does not open
    // the tables of other databases.
    private const string MySql = """
        SELECT c.TABLE_SCHEMA, c.TABLE_NAME, CASE WHEN t.TABLE_TYPE = 'VIEW' THEN 'view' ELSE 'table' END,
               c.COLUMN_NAME, c.COLUMN_TYPE, c.IS_NULLABLE = 'YES', c.ORDINAL_POSITION, k.ORDINAL_POSITION
        FROM information_schema.COLUMNS c
        JOIN information_schema.TABLES t ON t.TABLE_SCHEMA = DATABASE() AND t.TABLE_NAME = c.TABLE_NAME
        LEFT JOIN information_schema.KEY_COLUMN_USAGE k ON k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = c.TABLE_NAME
             AND k.CONSTRAINT_NAME = 'PRIMARY' AND k.COLUMN_NAME = c.COLUMN_NAME
        WHERE c.TABLE_SCHEMA = DATABASE() AND t.TABLE_TYPE <> 'SEQUENCE'
        """;

    // pragma_table_info is a schema-reading PRAGMA, which the sandbox allows.
    private const string Sqlite = """
        SELECT 'main', m.name, m.type, p.name, p.type, p."notnull" = 0, p.cid + 1, NULLIF(p.pk, 0)
        FROM sqlite_master AS m JOIN pragma_table_info(m.name) AS p
        WHERE m.type IN ('table', 'view') AND m.name NOT LIKE 'sqlite\_%' ESCAPE '\'
        """;

    // The catalog functions need no external access, so they work in the locked-down sandbox.
    private const string DuckDb = """
        SELECT c.schema_name, c.table_name, CASE WHEN v.view_name IS NULL THEN 'table' ELSE 'view' END,
               c.column_name, c.data_type, c.is_nullable, c.column_index,
               NULLIF(list_position(k.constraint_column_names, c.column_name), 0)
        FROM duckdb_columns() AS c
        LEFT JOIN duckdb_views() AS v ON v.database_name = c.database_name AND v.schema_name = c.schema_name AND v.view_name = c.table_name
        LEFT JOIN duckdb_constraints() AS k ON k.database_name = c.database_name AND k.schema_name = c.schema_name
             AND k.table_name = c.table_name AND k.constraint_type = 'PRIMARY KEY'
        WHERE c.database_name = current_database() AND NOT c.internal
        """;

    /// <summary>The catalog query of <paramref name="product"/>.</summary>
    public static string For(ProductType product) => product switch
    {
        ProductType.Postgres => Postgres,
        ProductType.MySql => MySql,
        ProductType.Sqlite => Sqlite,
        _ => DuckDb,
    };
}
