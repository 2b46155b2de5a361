import type { EditorTabProps } from "./EditorTabProps";

/** The API editor's Parameters tab: the parameter table editor. */
export function ParametersTab(_props: EditorTabProps) {
  return <p className="muted">Coming soon.</p>;
}
