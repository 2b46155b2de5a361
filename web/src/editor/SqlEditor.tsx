import { Suspense, lazy } from "react";
import type { TemplateError } from "../apis/model";
import { Loading } from "../shell/Loading";
import type { Dialect } from "./dialects";

export type { DatabaseSchema } from "./sqlCompletions";
import type { DatabaseSchema } from "./sqlCompletions";

export interface SqlEditorProps {
  /** The accessible name of the editing area (a `textbox`). */
  label: string;
  value: string;
  onChange?: (value: string) => void;
  readOnly?: boolean;
  /** The engine the SQL runs on, for keywords and quoting. */
  dialect?: Dialect | null;
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

// CodeMirror is most of a page's weight: it loads when an editor first shows, not with the page.
const CodeMirrorSqlEditor = lazy(() => import("./CodeMirrorSqlEditor").then((m) => ({ default: m.CodeMirrorSqlEditor })));

/** The SQL template editor: Liquid over the dialect's SQL with completion, the server's template
 * errors in place, Ctrl/Cmd+Enter (run) and Ctrl/Cmd+S (save); its text is controlled by `value`. */
export function SqlEditor(props: SqlEditorProps) {
  return (
    <Suspense fallback={<Loading label="Loading the editor…" />}>
      <CodeMirrorSqlEditor {...props} />
    </Suspense>
  );
}
