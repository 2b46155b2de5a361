/** One result row as the server sends it: column name to JSON value. */
export type ResultRow = Record<string, unknown>;

/** How a cell's value is shown, so a null never looks like the text "NULL". */
export type CellKind = "null" | "number" | "boolean" | "json" | "text";

/** The rows a JSON answer holds: only objects count as rows. */
export function rowsOf(value: unknown): ResultRow[] {
  if (!Array.isArray(value)) return [];
  return value.filter((row): row is ResultRow => typeof row === "object" && row !== null && !Array.isArray(row));
}

/** Every column the rows have, in the order they first appear. */
export function columnsOf(rows: readonly ResultRow[]): string[] {
  const seen = new Set<string>();
  for (const row of rows) {
    for (const key of Object.keys(row)) seen.add(key);
  }
  return [...seen];
}

export function cellKind(value: unknown): CellKind {
  if (value === null || value === undefined) return "null";
  if (typeof value === "number" || typeof value === "bigint") return "number";
  if (typeof value === "boolean") return "boolean";
  if (typeof value === "object") return "json";
  return "text";
}

/** A value as one line of text: objects and arrays as JSON, null as NULL. */
export function cellText(value: unknown): string {
  switch (cellKind(value)) {
    case "null":
      return "NULL";
    case "json":
      return JSON.stringify(value);
    default:
      return String(value);
  }
}

const minWidth = 6;
const maxWidth = 40;
const sampleSize = 200;

/** The rows a width estimate reads: the first and the last ones (values often grow down the rows). */
function sampleOf(rows: readonly ResultRow[]): readonly ResultRow[] {
  return rows.length <= sampleSize ? rows : [...rows.slice(0, sampleSize / 2), ...rows.slice(-sampleSize / 2)];
}

/** Column widths in characters for a grid of cells, from the header and a sample of rows: wide
 * enough for typical values plus the cell's padding, never wider than 40 characters (longer text
 * is cut with an ellipsis and shown whole on hover). */
export function columnWidths(columns: readonly string[], rows: readonly ResultRow[]): number[] {
  const sample = sampleOf(rows);
  return columns.map((column) => {
    let width = column.length;
    for (const row of sample) width = Math.max(width, cellText(row[column]).length);
    return Math.min(maxWidth, Math.max(minWidth, width + 4));
  });
}

/** The grid's column template: the widths, the last column taking any room left. */
export function gridTemplate(widths: readonly number[]): string {
  return widths.map((w, i) => (i === widths.length - 1 ? `minmax(${w}ch, 1fr)` : `${w}ch`)).join(" ");
}

/** "1 row", "5000 rows". */
export function rowCountText(count: number): string {
  return count === 1 ? "1 row" : `${count} rows`;
}
