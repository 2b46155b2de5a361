import { MySQL, PostgreSQL, SQLite, StandardSQL, type SQLDialect } from "@codemirror/lang-sql";

/** The engines an API's SQL runs on, as the editor names them. */
export type Dialect = "postgresql" | "mysql" | "sqlite" | "duckdb";

/** The editor's dialect for a datasource's `product_type` (postgres, mysql, sqlite, duckdb). */
export function dialectOfProduct(productType: string | null | undefined): Dialect | null {
  switch (productType) {
    case "postgres":
      return "postgresql";
    case "mysql":
      return "mysql";
    case "sqlite":
      return "sqlite";
    case "duckdb":
      return "duckdb";
    default:
      return null;
  }
}

/** The closest CodeMirror dialect: DuckDB speaks PostgreSQL's flavour of SQL (double-quoted
 * identifiers, `::` casts), MariaDB MySQL's; without a datasource, standard SQL. */
export function codeMirrorDialect(dialect: Dialect | null | undefined): SQLDialect {
  switch (dialect) {
    case "postgresql":
    case "duckdb":
      return PostgreSQL;
    case "mysql":
      return MySQL;
    case "sqlite":
      return SQLite;
    default:
      return StandardSQL;
  }
}
