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
