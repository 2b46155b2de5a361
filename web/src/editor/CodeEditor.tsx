import { Suspense, lazy } from "react";
import type { TemplateError } from "../apis/model";
import { Loading } from "../shell/Loading";
import type { Dialect } from "./dialects";

export type { DatabaseSchema } from "./sqlCompletions";
import type { DatabaseSchema } from "./sqlCompletions";

/** What the editor's text is: a SQL template (Liquid over SQL) or a JavaScript script. */
export type EditorLanguage = "sql" | "javascript";

export interface CodeEditorProps {
  /** The accessible name of the editing area (a `textbox`). */
  label: string;
  value: string;
  onChange?: (value: string) => void;
  readOnly?: boolean;
  /** SQL template unless given. */
  language?: EditorLanguage;
  /** The engine the SQL runs on, for keywords and quoting. */
  dialect?: Dialect | null;
  /** Tables and columns offered by autocomplete. */
  schema?: DatabaseSchema | null;
  /** Declared parameter names, offered inside `{{ }}` (SQL) or as `params.x` (JavaScript). */
  params?: readonly string[];
  /** Problems the server reported, marked at their line and column. */
  errors?: readonly TemplateError[];
  /** Ctrl/Cmd+Enter. */
  onRun?: () => void;
  /** Ctrl/Cmd+S. */
  onSave?: () => void;
}

// CodeMirror and its languages are most of a page's weight: they load when an editor first
// shows, not with the page.
const CodeMirrorEditor = lazy(() => import("./CodeMirrorEditor").then((m) => ({ default: m.CodeMirrorEditor })));

/** The code editor: a SQL template (Liquid over the dialect's SQL) or JavaScript, with completion,
 * the server's errors in place, Ctrl/Cmd+Enter (run) and Ctrl/Cmd+S (save); its text is
 * controlled by `value`. */
export function CodeEditor(props: CodeEditorProps) {
  return (
    <Suspense fallback={<Loading label="Loading the editor…" />}>
      <CodeMirrorEditor {...props} />
    </Suspense>
  );
}
