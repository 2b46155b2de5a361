import type { components } from "../api/schema";
import type { TemplateError } from "../apis/model";

/** A datasource's tables and columns as `GET /api/v1/datasources/{id}/schema` answers. */
export type DatabaseSchema = components["schemas"]["DatasourceSchemaResponse"];

export interface SqlEditorProps {
  /** The accessible name of the editing area (a `textbox`). */
  label: string;
  value: string;
  onChange?: (value: string) => void;
  readOnly?: boolean;
  /** The engine the SQL runs on, for keywords and quoting. */
  dialect?: "postgresql" | "mysql" | "sqlite" | "duckdb" | null;
  /** Tables and columns offered by autocomplete. */
  schema?: DatabaseSchema | null;
  /** Declared parameter names, offered inside `{{ }}`. */
  params?: readonly string[];
  /** Problems the server reported, marked at their line and column. */
  errors?: readonly TemplateError[];
  /** Ctrl/Cmd+Enter. */
  onRun?: () => void;
  /** Ctrl/Cmd+S. */
  onSave?: () => void;
}

/** The SQL template editor (a plain text area until the CodeMirror editor lands). */
export function SqlEditor({ label, value, onChange, readOnly }: SqlEditorProps) {
  return (
    <textarea aria-label={label} value={value} readOnly={readOnly} rows={16} spellCheck={false}
      style={{ width: "100%", fontFamily: "monospace" }}
      onChange={(event) => onChange?.(event.target.value)} />
  );
}
