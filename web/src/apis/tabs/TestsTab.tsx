import type { EditorTabProps } from "./EditorTabProps";

/** The API editor's Tests tab: test cases: edit, run, pass/fail. */
export function TestsTab(_props: EditorTabProps) {
  return <p className="muted">Coming soon.</p>;
}
