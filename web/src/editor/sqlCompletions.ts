import type { Completion, CompletionContext, CompletionSource } from "@codemirror/autocomplete";
import { keywordCompletionSource, schemaCompletionSource, type SQLDialect, type SQLNamespace } from "@codemirror/lang-sql";
import type { components } from "../api/schema";
import { inTemplateTag } from "./templateContext";

/** A datasource's tables and columns as `GET /api/v1/datasources/{id}/schema` answers. */
export type DatabaseSchema = components["schemas"]["DatasourceSchemaResponse"];

function columnsOf(table: components["schemas"]["SchemaTable"]): Completion[] {
  return table.columns.map((column) => ({
    label: column.name,
    type: "property",
    detail: column.type,
    info: `${column.primary_key ? "primary key, " : ""}${column.nullable ? "nullable" : "not null"}`,
  }));
}

/**
 * The schema as lang-sql's completion namespace: every table at the top level (a database's
 * tables are what a query names unqualified), and for databases with several schemas each one
 * by name too, so `sales.orders` completes.
 */
export function schemaNamespace(schema: DatabaseSchema | null | undefined): SQLNamespace {
  const top: { [name: string]: SQLNamespace } = {};
  const named = schema?.schemas ?? [];
  for (const { name, tables } of named) {
    const inSchema: { [name: string]: SQLNamespace } = {};
    for (const table of tables) {
      const entry: SQLNamespace = { self: { label: table.name, type: table.kind === "view" ? "class" : "type" }, children: columnsOf(table) };
      inSchema[table.name] = entry;
      top[table.name] ??= entry;
    }
    if (named.length > 1 && name && !(name in top)) top[name] = { self: { label: name, type: "namespace" }, children: inSchema };
  }
  return top;
}

/** Leaves the places inside `{{ }}` and `{% %}` to template completion. */
function outsideTemplate(source: CompletionSource): CompletionSource {
  return (context: CompletionContext) => {
    const start = Math.max(0, context.pos - 2000);
    const text = context.state.sliceDoc(start, context.pos);
    return inTemplateTag(text, text.length) ? null : source(context);
  };
}

/** SQL keywords of the dialect and the schema's tables and columns, outside template tags. */
export function sqlCompletionSources(dialect: SQLDialect, schema: DatabaseSchema | null | undefined): CompletionSource[] {
  return [
    outsideTemplate(schemaCompletionSource({ dialect, schema: schemaNamespace(schema) })),
    outsideTemplate(keywordCompletionSource(dialect, true)),
  ];
}
