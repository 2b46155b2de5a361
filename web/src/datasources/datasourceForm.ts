import type { components } from "../api/schema";

/** A datasource as `GET /api/v1/datasources` lists it. */
export type Datasource = components["schemas"]["DatasourceResponse"];

/** The body of create, update and the unsaved connection test. */
export type DatasourceRequest = components["schemas"]["DatasourceRequest"];

/** What a connection test (and create/update's `connection`) answers. */
export type ConnectionTest = components["schemas"]["ConnectionTestResponse"];

export type ProductType = "postgres" | "mysql" | "sqlite" | "duckdb";

export const productTypes: { value: ProductType; label: string }[] = [
  { value: "postgres", label: "PostgreSQL" },
  { value: "mysql", label: "MySQL / MariaDB" },
  { value: "sqlite", label: "SQLite" },
  { value: "duckdb", label: "DuckDB" },
];

/** A connection field the form may show. */
export type ConnectionField = "host" | "port" | "database" | "username" | "password";

/** One driver setting as the form edits it. */
export interface OptionRow {
  key: string;
  value: string;
}

/** The form's state: every input as the user typed it. */
export interface DatasourceForm {
  name: string;
  product_type: ProductType;
  host: string;
  port: string;
  database: string;
  username: string;
  password: string;
  options: OptionRow[];
  description: string;
  is_active: boolean;
}

/** Server engines connect over the network; file engines open a file under DATASOURCE_FILE_ROOTS. */
export function isServerProduct(product: ProductType): boolean {
  return product === "postgres" || product === "mysql";
}

/** The connection fields that apply to `product`, in the order the form shows them. */
export function fieldsFor(product: ProductType): ConnectionField[] {
  return isServerProduct(product) ? ["host", "port", "database", "username", "password"] : ["database"];
}

/** The label of the database field: a name on a server, a path for a file engine. */
export function databaseLabel(product: ProductType): string {
  return isServerProduct(product) ? "Database" : "Database file";
}

export function emptyForm(): DatasourceForm {
  return {
    name: "", product_type: "postgres", host: "", port: "", database: "", username: "", password: "",
    options: [], description: "", is_active: true,
  };
}

function isProductType(value: string | undefined): value is ProductType {
  return productTypes.some((p) => p.value === value);
}

/** The form filled from a saved datasource; the password stays empty (the server never returns it). */
export function formOf(datasource: Datasource): DatasourceForm {
  const options = datasource.options && typeof datasource.options === "object" && !Array.isArray(datasource.options)
    ? Object.entries(datasource.options as Record<string, unknown>).map(([key, value]) => ({ key, value: String(value) }))
    : [];
  return {
    name: datasource.name ?? "",
    product_type: isProductType(datasource.product_type) ? datasource.product_type : "postgres",
    host: datasource.host ?? "",
    port: datasource.port == null ? "" : String(datasource.port),
    database: datasource.database ?? "",
    username: datasource.username ?? "",
    password: "",
    options,
    description: datasource.description ?? "",
    is_active: datasource.is_active ?? true,
  };
}

/** A row's value as JSON: true/false become booleans (the `unrestricted` setting needs one), the rest stays text. */
function optionValue(value: string): string | boolean {
  const text = value.trim();
  if (text === "true") return true;
  if (text === "false") return false;
  return value;
}

/** The option rows as an object; rows without a key are left out, a later key wins. */
export function optionsObject(rows: OptionRow[]): Record<string, string | boolean> | null {
  const entries = rows.filter((row) => row.key.trim().length > 0).map((row) => [row.key.trim(), optionValue(row.value)] as const);
  return entries.length === 0 ? null : Object.fromEntries(entries);
}

/**
 * The request body for create (`editing` false), update or the unsaved test. Only the fields of the
 * product type are sent; an empty password is left out, which on update keeps the saved one; a
 * port that is not a number is sent as typed so the server names the problem.
 */
export function requestBody(form: DatasourceForm, editing: boolean): DatasourceRequest {
  const body: DatasourceRequest = {
    name: form.name.trim(),
    product_type: form.product_type,
    database: form.database.trim(),
    // On update a missing options object would keep the saved one, so removing every row sends null.
    options: optionsObject(form.options) ?? (editing ? null : undefined),
    description: form.description,
    is_active: form.is_active,
  };
  if (isServerProduct(form.product_type)) {
    const port = form.port.trim();
    body.host = form.host.trim();
    if (port.length > 0) body.port = /^\d+$/.test(port) ? Number(port) : port;
    if (form.username.trim().length > 0 || editing) body.username = form.username.trim();
    if (form.password.length > 0) body.password = form.password;
  }
  return body;
}
