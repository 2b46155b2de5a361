import { MySQL, PostgreSQL, SQLite, StandardSQL, type SQLDialect } from "@codemirror/lang-sql";
import type { Dialect } from "./dialects";

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
