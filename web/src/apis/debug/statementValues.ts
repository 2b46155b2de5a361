/** How an engine writes bind parameters in SQL text, as the server's dialects do. */
export type PlaceholderStyle = "dollar" | "at" | "question";

/** The style of a datasource's engine; without one (the datasource list is not readable), the
 * style the statement's own text shows. */
export function placeholderStyle(productType: string | null | undefined, sql: string): PlaceholderStyle {
  switch (productType) {
    case "postgres":
    case "duckdb":
      return "dollar";
    case "mysql":
      return "question";
    case "sqlite":
      return "at";
  }
  if (/@p\d/.test(sql)) return "at";
  if (/\$\d/.test(sql)) return "dollar";
  return "question";
}

/** The placeholder of the value at `index` (zero-based): `$1`, `@p0`, or `?` (MySQL's are positional). */
export function placeholderName(style: PlaceholderStyle, index: number): string {
  switch (style) {
    case "dollar":
      return `$${index + 1}`;
    case "at":
      return `@p${index}`;
    default:
      return "?";
  }
}

/** A bound value written as SQL would spell it: strings quoted, NULL, numbers and booleans bare,
 * anything else as JSON. */
export function formatBoundValue(value: unknown): string {
  if (value === null || value === undefined) return "NULL";
  if (typeof value === "string") return `'${value.replaceAll("'", "''")}'`;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  return JSON.stringify(value);
}

/** One line per bound value: `$1 = 'x'`. */
export function boundValueLines(style: PlaceholderStyle, values: readonly unknown[]): string[] {
  return values.map((value, index) => `${placeholderName(style, index)} = ${formatBoundValue(value)}`);
}
