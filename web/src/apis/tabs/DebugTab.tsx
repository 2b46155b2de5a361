import type { EditorTabProps } from "./EditorTabProps";

/** The API editor's Debug tab: values, run, rows, statements, timings. */
export function DebugTab(_props: EditorTabProps) {
  return <p className="muted">Coming soon.</p>;
}
